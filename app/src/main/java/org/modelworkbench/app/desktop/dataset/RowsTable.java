package org.modelworkbench.app.desktop.dataset;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.RowSort;

/**
 * A virtualised table over a {@link RowBrowser}'s pager: the table only asks for the rows on
 * screen, and rows still on their way show "…" until their page arrives. Clicking a header asks
 * the browser to sort (the project sorts; the table never sorts its items itself), and "#" shows
 * each row's number in the dataset. Free-text columns wrap over a few lines ({@link TextCells}).
 */
final class RowsTable {
  private static final String LOADING = "…";

  private RowsTable() {}

  static TableView<Integer> create(RowBrowser browser, List<ColumnProfile> columns) {
    TableView<Integer> table = new TableView<>();
    table.getStyleClass().addAll("rows-table", "dense");
    boolean hasText = columns.stream().anyMatch(c -> c.type() == ColumnType.TEXT);
    // Rows stay one fixed height (the table is virtualised); with free text they hold a few lines.
    table.setFixedCellSize(hasText ? TextCells.ROW_HEIGHT : 28);
    TableColumn<Integer, String> number = new TableColumn<>("#");
    number.setCellValueFactory(cell -> {
      Object[] row = browser.pagerProperty().get().row(cell.getValue());
      return new ReadOnlyStringWrapper(row == null ? LOADING : Formats.count(RowBrowser.rowNumber(row) + 1L));
    });
    number.setSortable(false);
    number.setPrefWidth(Math.max(56, 9 * String.valueOf(browser.dataset().rows()).length() + 20));
    number.getStyleClass().add("row-number");
    table.getColumns().add(number);
    for (int c = 0; c < columns.size(); c++) {
      ColumnProfile profile = columns.get(c);
      int index = c;
      TableColumn<Integer, String> column = new TableColumn<>(profile.name());
      column.setId("rows-column-" + c);
      column.setCellValueFactory(cell -> {
        Object[] row = browser.pagerProperty().get().row(cell.getValue());
        return new ReadOnlyStringWrapper(row == null ? LOADING : Formats.cell(row[index]));
      });
      column.setPrefWidth(Math.max(90, Math.min(220, 9 * profile.name().length() + 30)));
      if (profile.type() == ColumnType.TEXT) {
        column.setCellFactory(TextCells.factory());
        column.setPrefWidth(TextCells.COLUMN_WIDTH);
        column.getStyleClass().add("text-column");
      }
      if (profile.type().isNumeric()) {
        column.getStyleClass().add("numeric");
      }
      table.getColumns().add(column);
    }
    // The project sorts: the policy only passes the clicked header on and leaves the items as they are.
    // Installing the policy and the items sorts at once by the table's still empty sort order, so
    // only sorts after the table is built (header clicks) reach the browser, whose sort may be one
    // kept from an earlier visit; the header then shows that one.
    AtomicBoolean built = new AtomicBoolean();
    table.setSortPolicy(t -> {
      RowSort clicked = sortOf(t);
      if (built.get() && !Objects.equals(clicked, browser.sortProperty().get())) {
        browser.sortProperty().set(clicked);
      }
      return true;
    });
    IndexList rows = new IndexList(0);
    table.setItems(rows);
    showSort(table, browser.sortProperty().get());
    built.set(true);
    show(table, rows, browser, browser.pagerProperty().get());
    browser.pagerProperty().addListener((obs, old, pager) -> show(table, rows, browser, pager));
    return table;
  }

  /** Marks the header of a sort the browser started with (one kept from an earlier visit). */
  private static void showSort(TableView<Integer> table, RowSort sort) {
    if (sort == null) {
      return;
    }
    for (TableColumn<Integer, ?> column : table.getColumns()) {
      if (column.isSortable() && column.getText().equals(sort.column())) {
        column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(column));
        return;
      }
    }
  }

  private static RowSort sortOf(TableView<Integer> table) {
    if (table.getSortOrder().isEmpty()) {
      return null;
    }
    TableColumn<Integer, ?> column = table.getSortOrder().get(0);
    return new RowSort(column.getText(), column.getSortType() == TableColumn.SortType.ASCENDING);
  }

  private static void show(TableView<Integer> table, IndexList rows, RowBrowser browser, RowPager pager) {
    pager.setOnPageLoaded(table::refresh);
    pager.setOnError(error -> table.setPlaceholder(
        new Label("The rows could not be read: " + ErrorText.plainMessage(error))));
    table.setPlaceholder(new Label(browser.dataset().rows() == 0 ? "This dataset has no rows."
        : "No rows match the filter."));
    // The same list, resized: a new items list would make the table forget its sort column.
    rows.resize(pager.rowCount());
    table.scrollTo(0);
    table.refresh();
  }
}
