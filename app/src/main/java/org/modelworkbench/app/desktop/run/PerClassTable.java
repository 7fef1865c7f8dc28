package org.modelworkbench.app.desktop.run;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.modelworkbench.app.desktop.common.ColumnWidths;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ClassMetrics;

/**
 * The per-class table of a classification run: precision, recall, F1 and rows per class. The class
 * column is sized first, to its longest name, and no column shrinks below its header, so a small
 * window shows "Precision" and "Chinstrap" in full.
 */
final class PerClassTable {
  private static final double ROW_HEIGHT = 34;
  private static final double MAX_HEIGHT = 380;

  private PerClassTable() {}

  /** The table, as high as its rows (up to 380 pixels). */
  static TableView<ClassMetrics> create(List<ClassMetrics> rows) {
    TableView<ClassMetrics> table = new TableView<>(FXCollections.observableArrayList(rows));
    table.setId("per-class");
    TableColumn<ClassMetrics, String> name = text("Class", ClassMetrics::label);
    ColumnWidths.fit(name, rows.stream().map(ClassMetrics::label).toArray(String[]::new));
    table.getColumns().add(name);
    table.getColumns().add(number("Precision", ClassMetrics::precision));
    table.getColumns().add(number("Recall", ClassMetrics::recall));
    table.getColumns().add(number("F1", ClassMetrics::f1));
    TableColumn<ClassMetrics, Long> support = new TableColumn<>("Rows");
    support.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().support()));
    support.getStyleClass().add("numeric");
    ColumnWidths.fit(support, rows.stream().map(m -> Formats.count(m.support())).toArray(String[]::new));
    table.getColumns().add(support);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setFixedCellSize(ROW_HEIGHT);
    double height = Math.min(MAX_HEIGHT, 48 + ROW_HEIGHT * rows.size());
    table.setPrefHeight(height);
    table.setMinHeight(height);
    table.setMaxHeight(height);
    table.setMinWidth(minWidth(table));
    return table;
  }

  /** The sum of the columns' smallest widths, the borders, and room for a vertical scroll bar if rows scroll. */
  static double minWidth(TableView<?> table) {
    boolean scrolls = 48 + ROW_HEIGHT * table.getItems().size() > MAX_HEIGHT;
    return table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + (scrolls ? 18 : 4);
  }

  private static TableColumn<ClassMetrics, String> text(String title, Function<ClassMetrics, String> value) {
    TableColumn<ClassMetrics, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  private static TableColumn<ClassMetrics, String> number(String title, ToDoubleFunction<ClassMetrics> value) {
    TableColumn<ClassMetrics, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.metric(value.applyAsDouble(cell.getValue()))));
    column.getStyleClass().add("numeric");
    ColumnWidths.fit(column, "0.000");
    return column;
  }
}
