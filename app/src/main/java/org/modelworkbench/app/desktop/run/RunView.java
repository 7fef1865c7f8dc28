package org.modelworkbench.app.desktop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import org.modelworkbench.app.desktop.common.ColumnWidths;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.HeaderButtons;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.app.desktop.common.PageHeader;
import org.modelworkbench.app.desktop.common.SideBySide;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
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
  /** The cell rows' width when they open beside the page: at least this, ... */
  static final double CELL_ROWS_WIDTH = 340;
  /** ... or this share of the width on a larger screen. */
  static final double CELL_ROWS_SHARE = 0.38;

  private final RunViewModel model;
  private final FileDialogs files;
  private final Supplier<List<DatasetInfo>> datasets;
  private final Supplier<Window> owner;
  private final StackPane root = new StackPane();
  private final Consumer<RunInfo> resume;
  private final CellRowsPanel cellPanel;
  private javafx.scene.control.SplitPane split;
  private ScrollPane pageScroll;

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
    this.cellPanel = new CellRowsPanel(model::imageFile);
    cellPanel.setOnClose(this::closeCellRows);
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
    }
    body.getChildren().add(curvesCard(run));
    if (RunViewModel.isBinary(run)) {
      body.getChildren().add(RocCurveCard.create(model.rocCurveProperty()));
    }
    body.getChildren().add(detailsRow(run));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    pageScroll = scroll;
    // The rows of a clicked cell open beside the page, outside its scrolling, so they are in view at once.
    split = new javafx.scene.control.SplitPane(scroll);
    split.setId("run-split");
    split.getStyleClass().add("run-split");
    javafx.scene.control.SplitPane.setResizableWithParent(cellPanel.node(), false);
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox page = new VBox(header(run), split);
    page.getStyleClass().add("page");
    return page;
  }

  /**
   * Lists a cell's rows in the panel beside the page, opening it if it is closed, and keeps the
   * clicked cell in view as the page narrows.
   */
  private void openCellRows(CellListing cells, String cellId) {
    cellPanel.show(cells);
    boolean opening = split != null && !split.getItems().contains(cellPanel.node());
    if (opening) {
      split.getItems().add(cellPanel.node());
      double width = split.getWidth();
      double panel = Math.max(CELL_ROWS_WIDTH, CELL_ROWS_SHARE * width);
      split.setDividerPositions(width <= 0 ? 0.6 : Math.max(0.45, 1 - panel / width));
      split.applyCss();
      split.layout();
      PageScrolls.reveal(pageScroll, cellId);
    }
  }

  private void closeCellRows() {
    if (split != null) {
      split.getItems().remove(cellPanel.node());
    }
  }

  private Node header(RunInfo run) {
    Label title = new Label("Run " + run.id() + " · " + run.target() + " on " + run.datasetName());
    title.getStyleClass().add("page-title");
    title.setTooltip(new javafx.scene.control.Tooltip(title.getText()));
    Label status = new Label(run.status().label());
    status.getStyleClass().addAll("status-chip", "status-" + run.status().label());
    Label subtitle = new Label(run.kindLabel().toUpperCase(java.util.Locale.ROOT)
        + " · " + (run.task() == null ? "" : run.task().label()) + " · " + Formats.dateTime(run.startedAt())
        + " · " + run.durationText());
    subtitle.getStyleClass().add("page-subtitle");
    subtitle.setId("run-subtitle");
    // The time is never cut: short of room, the buttons show only their icons.
    subtitle.setMinWidth(Region.USE_PREF_SIZE);
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
      button.setTooltip(new javafx.scene.control.Tooltip(button.getText()));
    }
    Button resume = new Button("Resume", Icons.of(Material2MZ.PLAY_ARROW));
    resume.setId("resume-run");
    resume.setVisible(model.canResume());
    resume.setManaged(model.canResume());
    resume.setOnAction(event -> resume());
    HBox actions = new HBox(10, subtitle, spacer, resume, evaluate, predict, export);
    actions.setAlignment(Pos.CENTER_LEFT);
    List<Button> buttons = List.of(resume, evaluate, predict, export);
    actions.widthProperty().addListener((obs, old, width) -> HeaderButtons.fit(width.doubleValue(), subtitle,
        buttons, actions.getSpacing()));
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
        case CANCELLED -> "This run was cancelled after " + Formats.counted(model.curve().size(), "epoch", "epochs")
            + ". It has no test metrics, but its curves are kept below.";
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
    Node matrix = ConfusionMatrixView.create(metrics.labels(), metrics.confusionMatrix(), (actual, predicted) -> {
      model.showCell(actual, predicted);
      openCellRows(model.testCells(), "cell-" + actual + "-" + predicted);
    });
    Label hint = new Label("Rows are the actual classes, columns the predicted ones. Click a cell to see its rows.");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    VBox matrixCard = Cards.card("Confusion matrix (test rows)", new VBox(10, matrix, hint));
    matrixCard.setMinWidth(Region.USE_PREF_SIZE);
    // The hint wraps to the matrix's width instead of widening the card.
    hint.maxWidthProperty().bind(((Region) matrix).widthProperty().map(w -> Math.max(240, w.doubleValue())));
    hint.setPrefWidth(240);
    TableView<ClassMetrics> perClass = PerClassTable.create(metrics.perClass());
    Label perClassHint = new Label("Recall: share of each actual class the model finds. Precision: share of its "
        + "predictions of a class that are right.");
    perClassHint.getStyleClass().add("hint");
    perClassHint.setWrapText(true);
    perClassHint.setPrefWidth(240);
    VBox classCard = Cards.card("Per class", new VBox(10, perClass, perClassHint));
    // The table's columns at their smallest, and the card's padding.
    classCard.setMinWidth(PerClassTable.minWidth(perClass) + 36);
    SideBySide row = new SideBySide(matrixCard, classCard, 16);
    row.setId("matrix-row");
    return row;
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
          ConfusionMatrixView.create(metrics.labels(), metrics.confusionMatrix(), (actual, predicted) -> {
            cells.show(actual, predicted);
            openCellRows(cells, "evaluation-cell-" + actual + "-" + predicted);
          }, "evaluation-cell-"));
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
    String epochs = model.curve().isEmpty() ? "no epochs recorded"
        : Formats.counted(model.curve().size(), "epoch", "epochs");
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
    // A timestamp is never cut.
    ColumnWidths.fit(when, Formats.dateTime(java.time.Instant.now()));
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
        .map(d -> Formats.datasetVersion(d.name(), d.version())).orElse("dataset " + datasetId);
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
