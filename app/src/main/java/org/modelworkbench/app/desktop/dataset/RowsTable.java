package org.modelworkbench.app.desktop.dataset;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ColumnProfile;

/**
 * A virtualised table over a {@link RowPager}: the table only asks for the rows on screen, and
 * rows still on their way show "…" until their page arrives.
 */
final class RowsTable {
  private static final String LOADING = "…";

  private RowsTable() {}

  static TableView<Integer> create(RowPager pager, List<ColumnProfile> columns) {
    TableView<Integer> table = new TableView<>(FXCollections.observableList(new IndexList(pager.rowCount())));
    table.getStyleClass().addAll("rows-table", "dense");
    table.setFixedCellSize(28);
    table.setPlaceholder(new Label("This dataset has no rows."));
    TableColumn<Integer, String> number = new TableColumn<>("#");
    number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.count(cell.getValue() + 1L)));
    number.setSortable(false);
    number.setPrefWidth(Math.max(56, 9 * String.valueOf(pager.rowCount()).length() + 20));
    number.getStyleClass().add("row-number");
    table.getColumns().add(number);
    for (int c = 0; c < columns.size(); c++) {
      ColumnProfile profile = columns.get(c);
      int index = c;
      TableColumn<Integer, String> column = new TableColumn<>(profile.name());
      column.setCellValueFactory(cell -> {
        Object[] row = pager.row(cell.getValue());
        return new ReadOnlyStringWrapper(row == null ? LOADING : Formats.cell(row[index]));
      });
      column.setSortable(false);
      column.setPrefWidth(Math.max(90, Math.min(220, 9 * profile.name().length() + 30)));
      if (profile.type().isNumeric()) {
        column.getStyleClass().add("numeric");
      }
      table.getColumns().add(column);
    }
    pager.setOnPageLoaded(table::refresh);
    pager.setOnError(error -> table.setPlaceholder(new Label("The rows could not be read: " + ErrorText.plainMessage(error))));
    return table;
  }
}
