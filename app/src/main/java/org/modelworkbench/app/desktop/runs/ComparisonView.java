package org.modelworkbench.app.desktop.runs;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.charts.CurveCharts;
import org.modelworkbench.app.desktop.common.Cards;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;

/**
 * Runs side by side: the settings (the ones that differ highlighted), the metrics with their
 * deltas to the first run (the best in bold), and the curves overlaid.
 */
final class ComparisonView {
  /** Setting values up to this long show on one line; longer ones wrap in their cell. */
  private static final int MAX_UNWRAPPED = 28;

  private final VBox root;

  ComparisonView(RunComparison comparison, Runnable back) {
    List<RunInfo> runs = comparison.runs();
    Label title = new Label("Comparing " + runs.size() + " runs");
    title.getStyleClass().add("page-title");
    Label subtitle = new Label("Settings that differ are highlighted; deltas are against run " + runs.get(0).id() + ".");
    subtitle.getStyleClass().add("page-subtitle");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button close = new Button("Back to all runs", Icons.of(Material2AL.ARROW_BACK));
    close.setId("close-comparison");
    close.setOnAction(event -> back.run());
    HBox header = new HBox(12, new VBox(2, title, subtitle), spacer, close);
    header.setAlignment(Pos.CENTER_LEFT);
    PageHeader.style(header);

    TableView<RunComparison.ParameterRow> parameters = parameterTable(comparison);
    CheckBox onlyDiffering = new CheckBox("Show only the settings that differ");
    onlyDiffering.setId("only-differences");
    onlyDiffering.selectedProperty().addListener((obs, old, only) -> parameters.getItems().setAll(
        only ? comparison.differences() : comparison.parameters()));
    VBox settingsCard = Cards.card("Settings", new VBox(8, onlyDiffering, parameters));
    VBox metricsCard = Cards.card("Test metrics", metricTable(comparison));
    // Settings first, at a width that shows their values whole; the metrics beside them, or under them on a small screen.
    settingsCard.setMinWidth(minWidth(parameters) + 36);
    settingsCard.setPrefWidth(settingsCard.getMinWidth());
    metricsCard.setMinWidth(300);
    org.modelworkbench.app.desktop.common.SideBySide tables =
        new org.modelworkbench.app.desktop.common.SideBySide(settingsCard, metricsCard, 16);

    boolean regression = runs.stream().allMatch(r -> r.task() == Task.REGRESSION);
    LineChart<Number, Number> loss = CurveCharts.create("Validation loss", "Loss");
    LineChart<Number, Number> metric = CurveCharts.create(CurveCharts.metricName(regression ? Task.REGRESSION
        : Task.CLASSIFICATION), regression ? "RMSE" : "Accuracy");
    loss.setId("compare-loss-chart");
    metric.setId("compare-metric-chart");
    for (RunInfo run : runs) {
      loss.getData().add(CurveCharts.series("Run " + run.id(), comparison.curve(run.id()), false));
      metric.getData().add(CurveCharts.series("Run " + run.id(), comparison.curve(run.id()), true));
    }
    HBox charts = new HBox(16, loss, metric);
    HBox.setHgrow(loss, Priority.ALWAYS);
    HBox.setHgrow(metric, Priority.ALWAYS);
    VBox body = new VBox(16, tables, Cards.card("Curves", charts));
    body.getStyleClass().add("page-body");
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    root = new VBox(header, scroll);
    root.getStyleClass().add("page");
    root.setId("comparison-view");
  }

  Node node() {
    return root;
  }

  private static TableView<RunComparison.ParameterRow> parameterTable(RunComparison comparison) {
    TableView<RunComparison.ParameterRow> table = new TableView<>(FXCollections.observableArrayList(comparison.parameters()));
    table.setId("compare-parameters");
    TableColumn<RunComparison.ParameterRow, String> name = new TableColumn<>("Setting");
    name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
    name.setPrefWidth(140);
    org.modelworkbench.app.desktop.common.ColumnWidths.fit(name, comparison.parameters().stream()
        .map(RunComparison.ParameterRow::name).toArray(String[]::new));
    table.getColumns().add(name);
    for (int i = 0; i < comparison.runs().size(); i++) {
      int index = i;
      TableColumn<RunComparison.ParameterRow, String> run = new TableColumn<>("Run " + comparison.runs().get(i).id());
      run.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().values().get(index)));
      run.setCellFactory(column -> new WrappingCell());
      run.setPrefWidth(120);
      // As wide as the run's values, up to a long device name; longer ones wrap.
      org.modelworkbench.app.desktop.common.ColumnWidths.fit(run, comparison.parameters().stream()
          .map(row -> row.values().get(index)).filter(value -> value.length() <= MAX_UNWRAPPED)
          .toArray(String[]::new));
      table.getColumns().add(run);
    }
    table.setRowFactory(view -> new TableRow<>() {
      @Override
      protected void updateItem(RunComparison.ParameterRow item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("differs");
        if (!empty && item != null && item.differs()) {
          getStyleClass().add("differs");
        }
      }
    });
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPrefHeight(420);
    return table;
  }

  /** The columns' smallest widths together, and room for the vertical scroll bar. */
  private static double minWidth(TableView<?> table) {
    return table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 18;
  }

  private static TableView<RunComparison.MetricRow> metricTable(RunComparison comparison) {
    TableView<RunComparison.MetricRow> table = new TableView<>(FXCollections.observableArrayList(comparison.metrics()));
    table.setId("compare-metrics");
    table.setPlaceholder(new Label("None of these runs has test metrics (cancelled or failed runs have none)."));
    TableColumn<RunComparison.MetricRow, String> name = new TableColumn<>("Metric");
    name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
    name.setPrefWidth(110);
    table.getColumns().add(name);
    for (int i = 0; i < comparison.runs().size(); i++) {
      int index = i;
      TableColumn<RunComparison.MetricRow, RunComparison.MetricRow> run =
          new TableColumn<>("Run " + comparison.runs().get(i).id());
      run.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
      run.setCellFactory(column -> new TableCell<>() {
        @Override
        protected void updateItem(RunComparison.MetricRow row, boolean empty) {
          super.updateItem(row, empty);
          getStyleClass().remove("best");
          if (empty || row == null) {
            setText(null);
            return;
          }
          Double value = row.values().get(index);
          String delta = index == 0 ? "" : Formats.delta(row.deltas().get(index));
          setText(value == null ? "–" : Formats.metric(value) + (delta.isEmpty() ? "" : "  (" + delta + ")"));
          if (row.best() == index && comparison.runs().size() > 1) {
            getStyleClass().add("best");
          }
        }
      });
      run.setPrefWidth(150);
      table.getColumns().add(run);
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setFixedCellSize(34);
    table.setPrefHeight(48 + 34 * Math.max(2, comparison.metrics().size()));
    table.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return table;
  }

  /**
   * A setting's value wrapped over lines when the column is narrow ("penguins · version 1", a
   * device's name), with the whole value in a tooltip, so nothing is cut to "…".
   */
  private static final class WrappingCell extends TableCell<RunComparison.ParameterRow, String> {
    private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();

    WrappingCell() {
      setWrapText(true);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
      super.updateItem(value, empty);
      if (empty || value == null || value.isEmpty()) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(value);
      tooltip.setText(value);
      setTooltip(tooltip);
    }
  }
}
