package org.modelworkbench.app.desktop.models;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Cards;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.app.desktop.common.MetricNames;
import org.modelworkbench.app.desktop.run.ConfusionMatrixView;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;

/**
 * A model's page: what it takes and gives, its files and hash, its lineage as links, its
 * signatures, its evaluations with the newest one's metrics and confusion matrix, and the actions
 * Evaluate, Export and Fine-tune.
 */
public final class ModelDetailsView {
  private final ModelDetailsViewModel model;
  private final Actions actions;
  private final StackPane root = new StackPane();

  /**
   * What the page needs from the window.
   *
   * @param datasets the project's datasets
   * @param files file and folder choosers
   * @param owner the main window, for dialogs
   * @param select selects a sidebar item by identity, for example "model:3"
   * @param fineTune opens the train dialog on a dataset and target with a base model
   */
  public record Actions(Supplier<List<DatasetInfo>> datasets, FileDialogs files, Supplier<Window> owner,
      Consumer<String> select, FineTune fineTune) {}

  /** Opens the train dialog with a base model. */
  @FunctionalInterface
  public interface FineTune {
    /**
     * Opens the dialog.
     *
     * @param dataset the dataset to train on
     * @param target its target column
     * @param baseModel the model to start from
     */
    void open(DatasetInfo dataset, String target, String baseModel);
  }

  /**
   * Builds the page; it fills itself once the model is read.
   *
   * @param model the page's view model
   * @param actions what the page asks of the window
   */
  public ModelDetailsView(ModelDetailsViewModel model, Actions actions) {
    this.model = model;
    this.actions = actions;
    root.setId("model-view");
    root.getChildren().setAll(new Label("Reading model " + model.model().name() + "…"));
    model.signatureProperty().addListener((obs, old, signature) -> {
      if (signature != null) {
        root.getChildren().setAll(page(signature));
      }
    });
  }

  /** The page's node. */
  public Node node() {
    return root;
  }

  private Node page(ModelSignature signature) {
    ModelInfo shown = model.model();
    VBox body = new VBox(16);
    body.getStyleClass().add("page-body");
    VBox identity = Cards.card("What it is", facts(ModelFacts.identity(shown, signature)));
    identity.setId("model-identity");
    VBox files = Cards.card("Files", facts(ModelFacts.files(shown, signature)));
    files.setId("model-files");
    VBox lineage = Cards.card("Lineage", lineageLinks());
    lineage.setId("model-lineage");
    for (VBox card : List.of(identity, files, lineage)) {
      card.setPrefWidth(420);
    }
    FlowPane facts = new FlowPane(16, 16, identity, files, lineage);
    facts.setPrefWrapLength(900);
    body.getChildren().add(facts);
    if (!signature.signatures().isEmpty()) {
      body.getChildren().add(Cards.card("Signatures (entry points)", signaturesTable(signature)));
    }
    body.getChildren().add(evaluationsCard());
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    VBox page = new VBox(header(signature), scroll);
    page.getStyleClass().add("page");
    return page;
  }

  /** A facts grid whose labels keep their full width next to long values such as hashes. */
  private static GridPane facts(java.util.Map<String, String> lines) {
    GridPane grid = Cards.facts(lines);
    grid.getChildren().stream().filter(node -> node.getStyleClass().contains("fact-label"))
        .forEach(node -> ((Label) node).setMinWidth(Region.USE_PREF_SIZE));
    return grid;
  }

  private Node header(ModelSignature signature) {
    ModelInfo shown = model.model();
    Label title = new Label(shown.name());
    title.getStyleClass().add("page-title");
    Label subtitle = new Label(shown.engine() + " · " + shown.kind() + " · " + ModelFacts.shapes(signature));
    subtitle.setId("model-shapes");
    subtitle.getStyleClass().add("page-subtitle");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button evaluate = new Button("Evaluate on dataset…", Icons.of(Material2AL.ASSESSMENT));
    evaluate.setId("evaluate-model");
    evaluate.disableProperty().bind(model.busyProperty());
    evaluate.setOnAction(event -> evaluate());
    Button export = new Button("Export…", Icons.of(Material2MZ.SAVE_ALT));
    export.setId("export-model");
    export.setOnAction(event -> export());
    Button fineTune = new Button("Fine-tune…", Icons.of(Material2MZ.MODEL_TRAINING));
    fineTune.setId("fine-tune-model");
    fineTune.getStyleClass().add("accent");
    fineTune.setOnAction(event -> fineTune());
    for (Button button : List.of(evaluate, export, fineTune)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
      button.setTooltip(new javafx.scene.control.Tooltip(button.getText()));
    }
    // The shapes are never cut: short of room, the buttons show only their icons.
    subtitle.setMinWidth(Region.USE_PREF_SIZE);
    HBox line = new HBox(10, subtitle, spacer, evaluate, export, fineTune);
    line.setAlignment(Pos.CENTER_LEFT);
    line.widthProperty().addListener((obs, old, width) -> org.modelworkbench.app.desktop.common.HeaderButtons.fit(
        width.doubleValue(), subtitle, List.of(evaluate, export, fineTune), line.getSpacing()));
    Label status = new Label();
    status.setId("model-status");
    status.setWrapText(true);
    status.getStyleClass().add("hint");
    status.textProperty().bind(model.statusProperty());
    status.visibleProperty().bind(model.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    VBox header = new VBox(6, title, line, status);
    PageHeader.style(header);
    return header;
  }

  private Node lineageLinks() {
    GridPane grid = new GridPane();
    grid.setHgap(18);
    grid.setVgap(6);
    grid.getStyleClass().add("facts");
    int row = 0;
    for (LineageLink link : model.lineage()) {
      Label role = new Label(link.role());
      role.getStyleClass().add("fact-label");
      Node value;
      if (link.identity() == null) {
        Label text = new Label(link.text());
        text.getStyleClass().add("fact-value");
        value = text;
      } else {
        Hyperlink open = new Hyperlink(link.text());
        open.setId("lineage-" + link.identity().replace(':', '-'));
        open.setOnAction(event -> actions.select().accept(link.identity()));
        value = open;
      }
      grid.addRow(row++, role, value);
    }
    if (row == 0) {
      grid.add(new Label("No lineage recorded."), 0, 0);
    }
    return grid;
  }

  private TableView<ModelFacts.SignatureRow> signaturesTable(ModelSignature signature) {
    TableView<ModelFacts.SignatureRow> table = new TableView<>(
        FXCollections.observableArrayList(ModelFacts.signatureRows(signature.signatures())));
    table.setId("model-signatures");
    table.getColumns().add(column("Signature", ModelFacts.SignatureRow::signature));
    table.getColumns().add(column("In/out", ModelFacts.SignatureRow::direction));
    table.getColumns().add(column("Tensor", ModelFacts.SignatureRow::name));
    table.getColumns().add(column("Type", ModelFacts.SignatureRow::type));
    table.getColumns().add(column("Shape", ModelFacts.SignatureRow::shape));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setFixedCellSize(30);
    double height = Math.min(320, 40 + 30 * table.getItems().size());
    table.setPrefHeight(height);
    table.setMinHeight(height);
    return table;
  }

  private Node evaluationsCard() {
    TableView<EvaluationRow> table = new TableView<>(model.evaluations());
    table.setId("model-evaluations");
    table.setPlaceholder(new Label("Not evaluated yet. Use \u201CEvaluate on dataset…\u201D to score it on "
        + "labelled data as it is."));
    // Fixed widths: the metrics text needs room, the row count does not.
    table.getColumns().add(sized(column("Dataset", EvaluationRow::dataset), 140));
    table.getColumns().add(sized(column("Rows used", EvaluationRow::split), 90));
    table.getColumns().add(sized(column("Accuracy / R²", EvaluationRow::main), 140));
    table.getColumns().add(sized(column("Other metrics", EvaluationRow::others), 330));
    table.getColumns().add(sized(column("Rows", EvaluationRow::rows), 70));
    TableColumn<EvaluationRow, String> when = sized(column("When", EvaluationRow::when), 140);
    // A timestamp is never cut.
    org.modelworkbench.app.desktop.common.ColumnWidths.fit(when, Formats.dateTime(java.time.Instant.now()));
    table.getColumns().add(when);
    table.setFixedCellSize(34);
    fitRows(table);
    model.evaluations().addListener((javafx.collections.ListChangeListener<EvaluationRow>) change -> fitRows(table));
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.show(row));
    VBox shown = new VBox(12);
    shown.setId("model-evaluation-shown");
    model.shownEvaluationProperty().addListener((obs, old, evaluation) -> showEvaluation(shown, evaluation));
    showEvaluation(shown, model.shownEvaluationProperty().get());
    return Cards.card("Evaluations", new VBox(12, table, shown));
  }

  /** As tall as its rows (at least two, at most eight), so a short list leaves no empty box. */
  private static void fitRows(TableView<EvaluationRow> table) {
    int rows = Math.max(2, Math.min(8, table.getItems().size()));
    double height = 44 + 34 * rows;
    table.setPrefHeight(height);
    table.setMinHeight(height);
    table.setMaxHeight(height);
  }

  private void showEvaluation(VBox target, EvaluationInfo evaluation) {
    target.getChildren().clear();
    if (evaluation == null) {
      return;
    }
    FlowPane metrics = new FlowPane(12, 12);
    metrics.setId("model-metrics");
    evaluation.metrics().headline().forEach((key, value) -> {
      if (value != null && !value.isNaN()) {
        VBox card = Cards.metric(MetricNames.label(key), Formats.metric(value));
        card.setId("model-metric-" + key);
        metrics.getChildren().add(card);
      }
    });
    metrics.getChildren().add(Cards.metric("Rows scored", Formats.count(evaluation.metrics().count())));
    target.getChildren().add(metrics);
    if (evaluation.metrics() instanceof ClassificationMetrics classification
        && classification.confusionMatrix() != null) {
      Node matrix = ConfusionMatrixView.create(classification.labels(), classification.confusionMatrix(), null);
      Label hint = new Label("Rows are the actual classes, columns the model's answers; the diagonal is right.");
      hint.getStyleClass().add("hint");
      target.getChildren().addAll(new Label("Confusion matrix"), matrix, hint);
    }
  }

  private void evaluate() {
    List<DatasetInfo> all = actions.datasets().get();
    if (all.isEmpty()) {
      model.statusText("Import a labelled dataset first (drop a CSV file or a folder of pictures on the window).");
      return;
    }
    DatasetTargetDialog.ask(actions.owner().get(), "Evaluate on dataset",
            "Score " + model.model().name() + " as it is on data with known answers.", "Evaluate", all,
            model.suggestedDataset(all).orElse(all.get(0)))
        .ifPresent(choice -> model.evaluate(choice.dataset(), choice.target()));
  }

  private void export() {
    actions.files().chooseFolderFor("Export " + model.model().name() + ": choose a folder",
        org.modelworkbench.app.desktop.common.LastFolders.Use.EXPORT)
        .ifPresent(model::export);
  }

  private void fineTune() {
    List<DatasetInfo> all = actions.datasets().get();
    if (all.isEmpty()) {
      model.statusText("Import a dataset to fine-tune on first (drop a CSV file or a folder of pictures).");
      return;
    }
    DatasetTargetDialog.ask(actions.owner().get(), "Fine-tune " + model.model().name(),
            "Train a new model that starts from " + model.model().name() + " and learns your data's classes.",
            "Next", all, model.suggestedDataset(all).orElse(all.get(0)))
        .ifPresent(choice -> actions.fineTune().open(choice.dataset(), choice.target(), model.model().name()));
  }

  private static <T> TableColumn<T, String> sized(TableColumn<T, String> column, double width) {
    column.setPrefWidth(width);
    // Never narrower than its header, so a small window does not cut "Rows used".
    org.modelworkbench.app.desktop.common.ColumnWidths.fit(column);
    return column;
  }

  private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }
}
