package org.modelworkbench.app.desktop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.charts.CurveCharts;
import org.modelworkbench.app.desktop.common.Cards;
import org.modelworkbench.app.desktop.common.DataTables;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.app.desktop.common.PageHeader;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.services.reports.ReportFormat;

/**
 * The run view: header with the actions, headline test metrics, the confusion matrix and the
 * per-class table, the rows of a clicked cell, the curves, and the settings, device and versions.
 */
public final class RunView {
  /** Beyond this many classes the per-class table goes under the matrix instead of beside it. */
  private static final int WIDE_MATRIX_CLASSES = 6;

  private final RunViewModel model;
  private final FileDialogs files;
  private final Supplier<List<DatasetInfo>> datasets;
  private final Supplier<Window> owner;
  private final StackPane root = new StackPane();
  private final Consumer<RunInfo> resume;

  /**
   * Builds the view; it fills itself once the run is read.
   *
   * @param model the run's view model
   * @param files file choosers
   * @param datasets the project's datasets, offered for Evaluate
   * @param owner the main window, for dialogs
   */
  public RunView(RunViewModel model, FileDialogs files, Supplier<List<DatasetInfo>> datasets, Supplier<Window> owner) {
    this(model, files, datasets, owner, null);
  }

  /**
   * Builds the view with Resume handed to the window, which shows the live training monitor.
   *
   * @param model the run's view model
   * @param files file choosers
   * @param datasets the project's datasets, offered for Evaluate
   * @param owner the main window, for dialogs
   * @param resume continues the stopped run with the live monitor; null resumes as a background job
   */
  public RunView(RunViewModel model, FileDialogs files, Supplier<List<DatasetInfo>> datasets, Supplier<Window> owner,
      Consumer<RunInfo> resume) {
    this.resume = resume;
    this.model = model;
    this.files = files;
    this.datasets = datasets;
    this.owner = owner;
    root.getChildren().add(new Label("Reading run " + model.runId() + "…"));
    root.setId("run-view");
    model.runProperty().addListener((obs, old, run) -> {
      if (run != null) {
        root.getChildren().setAll(page(run));
      }
    });
    if (model.runProperty().get() != null) {
      root.getChildren().setAll(page(model.runProperty().get()));
    }
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  /** Asks for a file and writes the run's report there (Ctrl+E). */
  public void exportReport() {
    RunInfo run = model.runProperty().get();
    String name = "run-" + model.runId() + (run == null ? "" : "-" + run.datasetName() + "-" + run.target());
    Optional<Path> target = files.saveFile("Export report", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf",
        List.of(FileType.PDF, FileType.HTML));
    target.ifPresent(path -> model.exportReport(formatOf(path), withExtension(path)));
  }

  /** The format a chosen file name asks for: HTML for .html/.htm, PDF otherwise. */
  static ReportFormat formatOf(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? ReportFormat.HTML : ReportFormat.PDF;
  }

  private static Path withExtension(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm")) {
      return path;
    }
    return path.resolveSibling(path.getFileName() + ".pdf");
  }

  private void resume() {
    RunInfo run = model.runProperty().get();
    if (this.resume == null || run == null) {
      model.resume();
    } else {
      this.resume.accept(run);
    }
  }

  private void evaluate() {
    List<DatasetInfo> all = Formats.latestVersionsFirst(datasets.get());
    if (all.isEmpty()) {
      return;
    }
    RunInfo run = model.runProperty().get();
    DatasetInfo initial = all.stream().filter(d -> run != null && d.name().equals(run.datasetName())).findFirst()
        .orElse(all.get(0));
    choice(owner.get(), all, initial, "Score run " + model.runId() + "'s model on a dataset with the same columns and a known "
        + (run == null ? "target" : "'" + run.target() + "'") + ".").showAndWait().ifPresent(model::evaluate);
  }

  /**
   * The dialog that asks on which dataset to evaluate: every version of every dataset, each named
   * with its version and rows ({@code loans · version 2 · 40,000 rows}), newest version first, so
   * last month's model can score this month's data and older months'.
   */
  static javafx.scene.control.Dialog<DatasetInfo> choice(Window owner, List<DatasetInfo> datasets,
      DatasetInfo initial, String header) {
    javafx.scene.control.Dialog<DatasetInfo> dialog = new javafx.scene.control.Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle("Evaluate on dataset");
    dialog.setHeaderText(header);
    javafx.scene.control.ComboBox<DatasetInfo> dataset = new javafx.scene.control.ComboBox<>(
        FXCollections.observableArrayList(Formats.latestVersionsFirst(datasets)));
    dataset.setId("choose-dataset");
    dataset.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(DatasetInfo value) {
        return Formats.dataset(value);
      }

      @Override
      public DatasetInfo fromString(String text) {
        return null;
      }
    });
    dataset.setValue(initial);
    HBox row = new HBox(12, new Label("Dataset"), dataset);
    row.setAlignment(Pos.CENTER_LEFT);
    dialog.getDialogPane().setContent(row);
    javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType("Evaluate",
        javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(ok, javafx.scene.control.ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ok).setId("dialog-confirm");
    dialog.getDialogPane().lookupButton(ok).disableProperty().bind(dataset.valueProperty().isNull());
    dialog.setResultConverter(button -> button == ok ? dataset.getValue() : null);
    return dialog;
  }

  private void predict() {
    files.openFile("Predict file: rows to score", FileType.DATA).ifPresent(input -> {
      String base = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      files.saveFile("Save the predictions", base + "-predictions.csv", List.of(FileType.CSV))
          .ifPresent(output -> model.predict(input, output));
    });
  }

  private Node page(RunInfo run) {
    VBox body = new VBox(16);
    body.getStyleClass().add("page-body");
    body.getChildren().add(metricsRow(run));
    if (run.testMetrics() instanceof ClassificationMetrics metrics) {
      body.getChildren().add(matrixRow(metrics));
      body.getChildren().add(cellRowsCard());
    }
    body.getChildren().add(curvesCard(run));
    if (RunViewModel.isBinary(run)) {
      body.getChildren().add(RocCurveCard.create(model.rocCurveProperty()));
    }
    body.getChildren().add(detailsRow(run));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox page = new VBox(header(run), scroll);
    page.getStyleClass().add("page");
    return page;
  }

  private Node header(RunInfo run) {
    Label title = new Label("Run " + run.id() + " · " + run.target() + " on " + run.datasetName());
    title.getStyleClass().add("page-title");
    Label status = new Label(run.status().label());
    status.getStyleClass().addAll("status-chip", "status-" + run.status().label());
    Label subtitle = new Label(run.kindLabel().toUpperCase(java.util.Locale.ROOT)
        + " · " + (run.task() == null ? "" : run.task().label()) + " · " + Formats.dateTime(run.startedAt())
        + " · " + run.durationText());
    subtitle.getStyleClass().add("page-subtitle");
    HBox titleLine = new HBox(10, title, status);
    titleLine.setAlignment(Pos.CENTER_LEFT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    boolean usable = RunViewModel.hasModel(run);
    Button evaluate = new Button("Evaluate on dataset…", Icons.of(Material2AL.ASSESSMENT));
    evaluate.setId("evaluate-run");
    evaluate.setDisable(!usable);
    evaluate.setOnAction(event -> evaluate());
    Button predict = new Button("Predict file…", Icons.of(Material2MZ.PLAY_ARROW));
    predict.setId("predict-file");
    predict.setDisable(!usable);
    predict.setOnAction(event -> predict());
    Button export = new Button("Export report…", Icons.of(Material2MZ.PICTURE_AS_PDF));
    export.setId("export-report");
    export.getStyleClass().add("accent");
    export.setOnAction(event -> exportReport());
    for (Button button : List.of(evaluate, predict, export)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    Button resume = new Button("Resume", Icons.of(Material2MZ.PLAY_ARROW));
    resume.setId("resume-run");
    resume.setVisible(model.canResume());
    resume.setManaged(model.canResume());
    resume.setOnAction(event -> resume());
    HBox actions = new HBox(10, subtitle, spacer, resume, evaluate, predict, export);
    actions.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(6, titleLine, actions);
    PageHeader.style(header);
    return header;
  }

  private Node metricsRow(RunInfo run) {
    FlowPane row = new FlowPane(12, 12);
    row.setId("run-metrics");
    List<Map.Entry<String, Double>> headline = RunViewModel.headline(run);
    if (headline.isEmpty()) {
      String why = switch (run.status()) {
        case CANCELLED -> "This run was cancelled after " + model.curve().size()
            + " epochs. It has no test metrics, but its curves are kept below.";
        case FAILED -> "This run failed: " + (run.error() == null ? "no reason was recorded." : run.error());
        case INTERRUPTED -> "This run was interrupted (the app stopped while it trained). Its curves are kept below.";
        case RUNNING -> "This run is still training.";
        default -> "This run has no test metrics.";
      };
      Label notice = new Label(why);
      notice.setWrapText(true);
      notice.getStyleClass().add("notice");
      row.getChildren().add(notice);
      return row;
    }
    for (Map.Entry<String, Double> metric : headline) {
      VBox card = Cards.metric(MetricNames.label(metric.getKey()), Formats.metric(metric.getValue()));
      card.setId("metric-" + metric.getKey());
      row.getChildren().add(card);
    }
    row.getChildren().add(Cards.metric("Test rows", Formats.count(run.testMetrics().count())));
    return row;
  }

  private Node matrixRow(ClassificationMetrics metrics) {
    Node matrix = ConfusionMatrixView.create(metrics.labels(), metrics.confusionMatrix(), model::showCell);
    Label hint = new Label("Rows are the actual classes, columns the predicted ones. Click a cell to see its rows.");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    VBox matrixCard = Cards.card("Confusion matrix (test rows)", new VBox(10, matrix, hint));
    TableView<ClassMetrics> perClass = perClassTable(metrics.perClass());
    Label perClassHint = new Label("Recall: share of each actual class the model finds. Precision: share of its "
        + "predictions of a class that are right.");
    perClassHint.getStyleClass().add("hint");
    perClassHint.setWrapText(true);
    VBox classCard = Cards.card("Per class", new VBox(10, perClass, perClassHint));
    if (metrics.labels().size() > WIDE_MATRIX_CLASSES) {
      // A wide matrix leaves no room beside it: the per-class table goes underneath.
      return new VBox(16, matrixCard, classCard);
    }
    HBox.setHgrow(classCard, Priority.ALWAYS);
    HBox row = new HBox(16, matrixCard, classCard);
    return row;
  }

  private static TableView<ClassMetrics> perClassTable(List<ClassMetrics> rows) {
    TableView<ClassMetrics> table = new TableView<>(FXCollections.observableArrayList(rows));
    table.setId("per-class");
    table.getColumns().add(text("Class", m -> m.label()));
    table.getColumns().add(number("Precision", ClassMetrics::precision));
    table.getColumns().add(number("Recall", ClassMetrics::recall));
    table.getColumns().add(number("F1", ClassMetrics::f1));
    TableColumn<ClassMetrics, Long> support = new TableColumn<>("Rows");
    support.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().support()));
    support.getStyleClass().add("numeric");
    table.getColumns().add(support);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setFixedCellSize(34);
    double height = Math.min(380, 48 + 34 * rows.size());
    table.setPrefHeight(height);
    table.setMinHeight(height);
    table.setMaxHeight(height);
    return table;
  }

  private static TableColumn<ClassMetrics, String> text(String title, java.util.function.Function<ClassMetrics, String> value) {
    TableColumn<ClassMetrics, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  private static TableColumn<ClassMetrics, String> number(String title, java.util.function.ToDoubleFunction<ClassMetrics> value) {
    TableColumn<ClassMetrics, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.metric(value.applyAsDouble(cell.getValue()))));
    column.getStyleClass().add("numeric");
    return column;
  }

  private Node cellRowsCard() {
    return cellRowsCard(model.testCells(), "");
  }

  /**
   * The card listing the rows behind a clicked cell: title with Show more, the rows (text columns as
   * snippets, a probability column), and for text the selected row's full text below.
   *
   * @param ids appended to the nodes' ids, so two listings on one page stay apart
   */
  private Node cellRowsCard(CellListing cells, String ids) {
    TableView<Object[]> rows = new TableView<>();
    rows.setId("cell-rows" + ids);
    rows.setPlaceholder(new Label("No rows to show yet."));
    rows.setPrefHeight(220);
    cells.rowsProperty().addListener((obs, old, data) -> showCellRows(rows, data, cells));
    showCellRows(rows, cells.rowsProperty().get(), cells);
    rows.getSelectionModel().selectedIndexProperty().addListener(
        (obs, old, index) -> cells.select(index.intValue()));
    Label title = new Label();
    title.setId("cell-rows-title" + ids);
    title.textProperty().bind(cells.titleProperty());
    title.getStyleClass().add("hint");
    title.setWrapText(true);
    Button more = new Button("Show more");
    more.setId("cell-rows-more" + ids);
    more.setOnAction(event -> cells.showMore());
    Runnable moreShown = () -> {
      var shown = cells.examplesProperty().get();
      boolean visible = shown != null && shown.hasMore();
      more.setVisible(visible);
      more.setManaged(visible);
    };
    cells.examplesProperty().addListener((obs, old, shown) -> moreShown.run());
    moreShown.run();
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox titleLine = new HBox(8, title, spacer, more);
    titleLine.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, titleLine, rows, cellTextDetail(cells, ids));
    VBox card = Cards.card("Rows behind a cell", box);
    card.visibleProperty().bind(cells.titleProperty().isNotEqualTo(cells.noCell()));
    card.managedProperty().bind(card.visibleProperty());
    return card;
  }

  /** Under the rows of a text dataset's cell: the selected row's texts in full, wrapped. */
  private static Node cellTextDetail(CellListing cells, String ids) {
    javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
    text.setId("cell-row-text" + ids);
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(5);
    text.setFocusTraversable(false);
    text.setPromptText("Pick a row to read its text in full.");
    text.textProperty().bind(cells.textProperty());
    VBox detail = new VBox(4, text);
    detail.setId("cell-row-detail" + ids);
    Runnable shown = () -> {
      var examples = cells.examplesProperty().get();
      boolean texts = examples != null && !examples.textColumns().isEmpty();
      detail.setVisible(texts);
      detail.setManaged(texts);
    };
    cells.examplesProperty().addListener((obs, old, examples) -> shown.run());
    shown.run();
    return detail;
  }

  private void showCellRows(TableView<Object[]> rows, DataTable data, CellListing cells) {
    DataTables.show(rows, data);
    var shown = cells.examplesProperty().get();
    if (data != null && shown != null && shown.rows() == data) {
      CellTextColumns.apply(rows, shown);
    }
    if (ThumbnailColumn.applies(data)) {
      ThumbnailColumn.add(rows, data, model::imageFile);
    }
  }

  /**
   * Under the details: the confusion matrix of the evaluation picked in the Evaluations table (a run's
   * model on other data), whose cells list their rows like the test split's.
   */
  private Node evaluationMatrixCard(TableView<EvaluationInfo> evaluations) {
    VBox content = new VBox(10);
    VBox card = Cards.card("Evaluation on other data", content);
    card.setId("evaluation-matrix");
    Runnable show = () -> {
      EvaluationInfo picked = evaluations.getSelectionModel().getSelectedItem();
      boolean classified = picked != null && !"test".equals(picked.split())
          && picked.metrics() instanceof ClassificationMetrics;
      card.setVisible(classified);
      card.setManaged(classified);
      if (!classified) {
        content.getChildren().clear();
        return;
      }
      ClassificationMetrics metrics = (ClassificationMetrics) picked.metrics();
      CellListing cells = model.evaluationCells(picked);
      Label what = new Label(datasetName(picked.datasetId()) + ": " + RunViewModel.headline(picked)
          + ". Click a cell to see its rows.");
      what.getStyleClass().add("hint");
      what.setWrapText(true);
      content.getChildren().setAll(what,
          ConfusionMatrixView.create(metrics.labels(), metrics.confusionMatrix(), cells::show, "evaluation-cell-"),
          cellRowsCard(cells, "-evaluation"));
    };
    evaluations.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> show.run());
    show.run();
    return card;
  }

  private Node curvesCard(RunInfo run) {
    LineChart<Number, Number> loss = CurveCharts.lossChart();
    loss.setId("run-loss-chart");
    Task task = run.task() == null ? Task.CLASSIFICATION : run.task();
    LineChart<Number, Number> metric = CurveCharts.metricChart(task);
    metric.setId("run-metric-chart");
    CurveCharts.show(loss, metric, model.curve());
    loss.setPrefHeight(280);
    metric.setPrefHeight(280);
    HBox charts = new HBox(16, loss, metric);
    HBox.setHgrow(loss, Priority.ALWAYS);
    HBox.setHgrow(metric, Priority.ALWAYS);
    String epochs = model.curve().isEmpty() ? "no epochs recorded" : model.curve().size() + " epochs";
    return Cards.card("Training curves (" + epochs + ")", charts);
  }

  private Node detailsRow(RunInfo run) {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    run.hyperparameters().forEach((key, value) -> settings.put(MetricNames.parameter(key),
        org.modelworkbench.app.desktop.runs.RunComparison.settingText(key, value)));
    VBox settingsCard = Cards.card("Settings", Cards.facts(settings));
    VBox runCard = Cards.card("Run", Cards.facts(RunViewModel.summary(run)));
    VBox versionsCard = Cards.card("Versions", Cards.facts(run.versions()));
    TableView<EvaluationInfo> evaluations = evaluationsTable();
    VBox evaluationsCard = Cards.card("Evaluations", evaluations);
    for (VBox card : List.of(settingsCard, runCard, versionsCard, evaluationsCard)) {
      HBox.setHgrow(card, Priority.ALWAYS);
      card.setMaxWidth(Double.MAX_VALUE);
    }
    FlowPane row = new FlowPane(16, 16, runCard, settingsCard, versionsCard, evaluationsCard);
    row.setPrefWrapLength(1100);
    return new VBox(16, row, evaluationMatrixCard(evaluations));
  }

  private TableView<EvaluationInfo> evaluationsTable() {
    TableView<EvaluationInfo> table = new TableView<>(model.evaluations());
    table.setId("evaluations");
    table.setPlaceholder(new Label("Only the test split so far. Use Evaluate on dataset… to score other data."));
    TableColumn<EvaluationInfo, String> when = new TableColumn<>("When");
    when.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Formats.dateTime(cell.getValue().createdAt())));
    TableColumn<EvaluationInfo, String> what = new TableColumn<>("Rows");
    what.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().split().equals("test")
        ? "test split" : datasetName(cell.getValue().datasetId())));
    TableColumn<EvaluationInfo, String> result = new TableColumn<>("Result");
    result.setCellValueFactory(cell -> new ReadOnlyStringWrapper(RunViewModel.headline(cell.getValue())));
    result.setPrefWidth(320);
    table.getColumns().add(when);
    table.getColumns().add(what);
    table.getColumns().add(result);
    table.setPrefSize(520, 180);
    return table;
  }

  private String datasetName(long datasetId) {
    return datasets.get().stream().filter(d -> d.id() == datasetId).findFirst()
        .map(d -> d.name() + " (version " + d.version() + ")").orElse("dataset " + datasetId);
  }

  /** Whether the run's status allows the model actions; kept for the main menu. */
  public boolean hasModel() {
    return RunViewModel.hasModel(model.runProperty().get());
  }

  /** The view model. */
  public RunViewModel model() {
    return model;
  }

  static boolean isFinished(RunInfo run) {
    return run.status() != RunStatus.RUNNING;
  }
}
