package org.modelworkbench.app.desktop.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.modelworkbench.model.DataTable;

/** Shows a small {@link DataTable} (a few hundred rows) in a table view. */
public final class DataTables {
  private DataTables() {}

  /** Fills the table with the data's columns and rows; null empties it. */
  public static void show(TableView<Object[]> table, DataTable data) {
    table.getColumns().clear();
    if (data == null) {
      table.getItems().clear();
      return;
    }
    for (int c = 0; c < data.columnCount(); c++) {
      int index = c;
      TableColumn<Object[], String> column = new TableColumn<>(data.columns().get(c).name());
      column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.cell(cell.getValue()[index])));
      if (data.columns().get(c).type().isNumeric()) {
        column.getStyleClass().add("numeric");
      }
      column.setPrefWidth(Math.max(80, Math.min(200, 9 * data.columns().get(c).name().length() + 30)));
      table.getColumns().add(column);
    }
    List<Object[]> rows = new ArrayList<>(data.rowCount());
    for (int r = 0; r < data.rowCount(); r++) {
      rows.add(data.row(r));
    }
    table.setItems(FXCollections.observableArrayList(rows));
  }
}
