package org.modelworkbench.app.desktop.runs;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.EmptyState;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.FullTextCell;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.RunInfo;

/**
 * Every run in one table: a filter per column (click a column header's filter), sorting by any
 * column, double-click to open a run, and Compare for two or more selected runs.
 */
public final class RunsBrowserView {
  private final RunsBrowserViewModel model;
  private final StackPane root = new StackPane();
  private final VBox browser;
  private final TableView<RunRow> table = new TableView<>();

  /**
   * Builds the view.
   *
   * @param model the browser's view model
   * @param openRun opens a run's view
   */
  public RunsBrowserView(RunsBrowserViewModel model, Consumer<RunInfo> openRun) {
    this.model = model;
    Label title = new Label("Runs");
    title.getStyleClass().add("page-title");
    Label subtitle = new Label("Every training run of this project. Click a column header to sort, right-click it to "
        + "filter; select two or more runs (Ctrl+click) to compare them.");
    subtitle.getStyleClass().add("page-subtitle");
    subtitle.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button compare = new Button("Compare selected", Icons.of(Material2AL.COMPARE_ARROWS));
    compare.setId("compare-runs");
    compare.getStyleClass().add("accent");
    compare.disableProperty().bind(model.canCompareBinding().not());
    compare.setOnAction(event -> model.compareSelected());
    compare.setMinWidth(Region.USE_PREF_SIZE);
    VBox heading = new VBox(2, title, subtitle);
    HBox.setHgrow(heading, Priority.SOMETIMES);
    HBox header = new HBox(12, heading, spacer, compare);
    header.setAlignment(Pos.CENTER_LEFT);
    PageHeader.style(header);

    buildTable(openRun);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox body = new VBox(table);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    browser = new VBox(header, body);
    browser.getStyleClass().add("page");
    root.getChildren().add(browser);
    root.setId("runs-browser");
    model.comparisonProperty().addListener((obs, old, comparison) -> {
      if (comparison == null) {
        root.getChildren().setAll(browser);
      } else {
        root.getChildren().setAll(new ComparisonView(comparison, model::closeComparison).node());
      }
    });
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  /** The table, for selection by the window and tests. */
  public TableView<RunRow> table() {
    return table;
  }

  private void buildTable(Consumer<RunInfo> openRun) {
    table.setId("runs-table");
    table.setItems(model.rows());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(EmptyState.create(org.kordamp.ikonli.material2.Material2MZ.MODEL_TRAINING,
        "No runs yet", "Open a dataset and press Train model… (Ctrl+T). Each training run appears here."));
    // Key columns first, sized to their headers, so Run, Dataset, Target and Accuracy show on a
    // 1024-pixel screen; the long texts come after them and show whole in their cells' tooltips.
    table.getColumns().add(keyColumn(column("Run", RunRow::id, 56)));
    table.getColumns().add(keyColumn(column("Dataset", RunRow::dataset, 190)));
    table.getColumns().add(keyColumn(column("Target", r -> r.run().target(), 100)));
    for (String key : java.util.List.of("accuracy", "macro_f1", "roc_auc", "log_loss", "rmse", "mae", "r2")) {
      TableColumn<RunRow, Double> metric = metricColumn(org.modelworkbench.app.desktop.common.MetricNames.label(key),
          r -> r.metric(key));
      table.getColumns().add(key.equals("accuracy") ? keyColumn(metric) : metric);
    }
    table.getColumns().add(column("Status", r -> r.run().status().label(), 95));
    table.getColumns().add(column("Model", r -> r.run().kindLabel(), 110));
    table.getColumns().add(column("Task", r -> r.run().task() == null ? "" : r.run().task().label(), 110));
    table.getColumns().add(column("Started", r -> Formats.dateTime(r.run().startedAt()), 140));
    table.getColumns().add(column("Epochs (max)", RunRow::maxEpochs, 105));
    TableColumn<RunRow, Double> rate = metricColumn("Learning rate", RunRow::learningRate);
    rate.setPrefWidth(110);
    rate.setCellFactory(c -> new FullTextCell<>(item -> item == null ? "–" : Formats.number(item)));
    table.getColumns().add(rate);
    table.getColumns().add(column("Batch", r -> r.parameter("batch_size"), 60));
    table.getColumns().add(column("Device", RunRow::device, 110));
    table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change ->
        model.selected().setAll(table.getSelectionModel().getSelectedItems().stream()
            .filter(java.util.Objects::nonNull).map(RunRow::run).toList()));
    table.setRowFactory(view -> {
      TableRow<RunRow> row = new TableRow<>();
      row.setOnMouseClicked(event -> {
        if (event.getClickCount() == 2 && !row.isEmpty()) {
          openRun.accept(row.getItem().run());
        }
      });
      return row;
    });
    TableFilter.forTableView(table).lazy(true).apply();
  }

  private static <T> TableColumn<RunRow, T> column(String title, Function<RunRow, T> value, double width) {
    TableColumn<RunRow, T> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(c -> new FullTextCell<>());
    column.setPrefWidth(width);
    return column;
  }

  /** A column that must stay readable: never narrower than its header with the filter mark. */
  private static <T> TableColumn<RunRow, T> keyColumn(TableColumn<RunRow, T> column) {
    column.setMinWidth(Math.min(column.getPrefWidth(), 56));
    column.getStyleClass().add("key-column");
    return column;
  }

  private static TableColumn<RunRow, Double> metricColumn(String title, Function<RunRow, Double> value) {
    TableColumn<RunRow, Double> column = column(title, value, 95);
    column.getStyleClass().add("numeric");
    column.setCellFactory(c -> new FullTextCell<>(item -> item == null ? "–" : Formats.metric(item)));
    column.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    return column;
  }
}
