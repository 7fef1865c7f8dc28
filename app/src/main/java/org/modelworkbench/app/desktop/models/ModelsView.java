package org.modelworkbench.app.desktop.models;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.ColumnWidths;
import org.modelworkbench.app.desktop.common.EmptyState;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.common.PageHeader;
import org.modelworkbench.model.ModelInfo;

/**
 * The model library: the built-in text encoders (they ship with the app and cannot be deleted),
 * then every model of the project: name, kind, engine, task, the run that made it, and when.
 */
public final class ModelsView {
  private final VBox root;

  /**
   * Builds the view over the project's models, without built-in encoders or an import button.
   *
   * @param models the project's models
   * @param open opens a model's page (a double-click or Enter on its row)
   */
  public ModelsView(ObservableList<ModelInfo> models, Consumer<ModelInfo> open) {
    this(models, List.of(), open, null);
  }

  /**
   * Builds the view.
   *
   * @param models the project's models
   * @param builtIn the built-in text encoders
   * @param open opens a model's page (a double-click or Enter on its row)
   * @param importFolder asks for a model folder and imports it, or null for no button
   */
  public ModelsView(ObservableList<ModelInfo> models, List<EncoderRow> builtIn, Consumer<ModelInfo> open,
      Runnable importFolder) {
    Label title = new Label("Models");
    title.getStyleClass().add("page-title");
    Label subtitle = new Label("Drop a model file or folder here to import it. Double-click a model to see what it "
        + "takes and gives.");
    subtitle.setTooltip(new Tooltip("TorchScript .pt, DJL model, TensorFlow SavedModel folder, or a text model folder: "
        + "Hugging Face BERT family (BERT, DistilBERT, MiniLM, RoBERTa, XLM-R), ONNX or TorchScript encoder, each "
        + "with its tokenizer.json"));
    subtitle.setWrapText(true);
    subtitle.getStyleClass().add("page-subtitle");
    VBox header = new VBox(2, title, subtitle);
    PageHeader.style(header);

    VBox body = new VBox(8);
    if (!builtIn.isEmpty()) {
      body.getChildren().addAll(sectionTitle("Built-in text encoders",
          "Ship with the app, never downloaded. Train on one by naming it as the base model."), encoders(builtIn));
    }
    HBox projectTitle = new HBox(8, sectionTitle("Models in this project", null));
    projectTitle.setAlignment(Pos.CENTER_LEFT);
    if (importFolder != null) {
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      Button importButton = new Button("Import model folder\u2026");
      importButton.setId("import-model-folder");
      importButton.setTooltip(new Tooltip("A Hugging Face, ONNX or TorchScript text model folder, or a TensorFlow "
          + "SavedModel folder"));
      importButton.setOnAction(event -> importFolder.run());
      projectTitle.getChildren().addAll(gap, importButton);
    }
    TableView<ModelInfo> table = projectModels(models, open);
    VBox.setVgrow(table, Priority.ALWAYS);
    body.getChildren().addAll(projectTitle, table);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    root = new VBox(header, body);
    root.getStyleClass().add("page");
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  private static Node sectionTitle(String text, String note) {
    Label label = new Label(text);
    label.setStyle("-fx-font-weight: bold;");
    if (note == null) {
      return label;
    }
    Label detail = new Label(note);
    detail.getStyleClass().add("page-subtitle");
    HBox box = new HBox(10, label, detail);
    box.setAlignment(Pos.BASELINE_LEFT);
    return box;
  }

  /** One two-line entry per encoder: name and what it is, then size, licence, pooling and source. */
  private static VBox encoders(List<EncoderRow> rows) {
    VBox list = new VBox(6);
    list.setId("built-in-encoders");
    list.setStyle("-fx-padding: 6 10 6 10; -fx-border-color: -color-border-default, transparent; "
        + "-fx-border-radius: 4;");
    for (EncoderRow row : rows) {
      Label name = new Label(row.name());
      name.setStyle("-fx-font-weight: bold;");
      name.setMinWidth(Region.USE_PREF_SIZE);
      Label description = new Label(row.description());
      description.getStyleClass().add("encoder-description");
      HBox first = new HBox(10, name, description);
      first.setAlignment(Pos.BASELINE_LEFT);
      Label facts = new Label(row.size() + "  \u00B7  licence " + row.licence() + "  \u00B7  " + row.pooling()
          + " pooling  \u00B7  " + row.language());
      facts.getStyleClass().add("page-subtitle");
      Label source = new Label("From " + row.source() + " (Maven Central)");
      source.getStyleClass().add("page-subtitle");
      VBox entry = new VBox(0, first, facts, source);
      entry.getStyleClass().add("encoder-row");
      entry.setUserData(row);
      list.getChildren().add(entry);
    }
    return list;
  }

  private static TableView<ModelInfo> projectModels(ObservableList<ModelInfo> models, Consumer<ModelInfo> open) {
    TableView<ModelInfo> table = new TableView<>(models);
    table.setId("models-table");
    table.setPlaceholder(EmptyState.create(Material2MZ.PSYCHOLOGY, "No models yet",
        "Drop a TorchScript .pt, a DJL model, a TensorFlow SavedModel folder or a text model folder here to import "
            + "it, or train a model on a dataset (Ctrl+T): each completed run keeps its model here."));
    table.setOnMouseClicked(event -> {
      ModelInfo chosen = table.getSelectionModel().getSelectedItem();
      if (event.getClickCount() == 2 && chosen != null) {
        open.accept(chosen);
      }
    });
    table.setOnKeyPressed(event -> {
      ModelInfo chosen = table.getSelectionModel().getSelectedItem();
      if (event.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
        open.accept(chosen);
      }
    });
    // Key columns first (name, then when it was made), each at least as wide as its header, the time never cut.
    table.getColumns().add(column("Name", ModelInfo::name, 200));
    TableColumn<ModelInfo, String> created = column("Created", m -> Formats.dateTime(m.createdAt()), 140);
    ColumnWidths.fit(created, Formats.dateTime(java.time.Instant.now()));
    table.getColumns().add(created);
    table.getColumns().add(column("Task", m -> m.task() == null ? "" : m.task().label(), 110));
    table.getColumns().add(column("Kind", ModelInfo::kind, 110));
    table.getColumns().add(column("Engine", ModelInfo::engine, 90));
    table.getColumns().add(column("From run", m -> m.runId() == null ? "imported" : "run " + m.runId(), 90));
    table.getColumns().add(column("Fine-tuned from", m -> m.baseModelId() == null ? "" : "model " + m.baseModelId(), 120));
    table.getColumns().forEach(ColumnWidths::fit);
    return table;
  }

  private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
