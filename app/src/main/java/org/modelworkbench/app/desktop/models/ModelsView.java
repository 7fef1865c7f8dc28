package org.modelworkbench.app.desktop.models;

import org.modelworkbench.app.desktop.common.PageHeader;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.EmptyState;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.ModelInfo;

/** Every model of the project: name, kind, engine, task, the run that made it, and when. */
public final class ModelsView {
  private final VBox root;

  /**
   * Builds the view over the project's models.
   *
   * @param models the project's models
   * @param open opens a model's page (a double-click or Enter on its row)
   */
  public ModelsView(ObservableList<ModelInfo> models, Consumer<ModelInfo> open) {
    Label title = new Label("Models");
    title.getStyleClass().add("page-title");
    Label subtitle = new Label("Models trained in this project and models you brought: drop a TorchScript .pt, "
        + "a DJL model or a TensorFlow SavedModel folder here. Double-click a model to see what it takes and gives.");
    subtitle.setWrapText(true);
    subtitle.getStyleClass().add("page-subtitle");
    VBox header = new VBox(2, title, subtitle);
    PageHeader.style(header);
    TableView<ModelInfo> table = new TableView<>(models);
    table.setId("models-table");
    table.setPlaceholder(EmptyState.create(Material2MZ.PSYCHOLOGY, "No models yet",
        "Drop a TorchScript .pt, a DJL model or a TensorFlow SavedModel folder here to import it, or train a model "
            + "on a dataset (Ctrl+T): each completed run keeps its model here."));
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
    table.getColumns().add(column("Name", ModelInfo::name, 220));
    table.getColumns().add(column("Kind", ModelInfo::kind, 80));
    table.getColumns().add(column("Engine", ModelInfo::engine, 90));
    table.getColumns().add(column("Task", m -> m.task() == null ? "" : m.task().label(), 110));
    table.getColumns().add(column("From run", m -> m.runId() == null ? "imported" : "run " + m.runId(), 90));
    table.getColumns().add(column("Fine-tuned from", m -> m.baseModelId() == null ? "" : "model " + m.baseModelId(), 120));
    table.getColumns().add(column("Created", m -> Formats.dateTime(m.createdAt()), 140));
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox body = new VBox(table);
    body.getStyleClass().add("page-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    root = new VBox(header, body);
    root.getStyleClass().add("page");
  }

  /** The view's node. */
  public Node node() {
    return root;
  }

  private static TableColumn<ModelInfo, String> column(String title, Function<ModelInfo, String> value, double width) {
    TableColumn<ModelInfo, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }
}
