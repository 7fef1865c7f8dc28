package org.modelworkbench.app.desktop.training;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.services.training.RouteOption;
import org.modelworkbench.services.training.TrainRequest;

/**
 * The "Train model" dialog: target, task, model kind, base model, epochs, batch size, learning
 * rate, seed, device and threads, then the options of the route that applies (freeze epochs and
 * augmentation for pictures, strategy and signature for a SavedModel base), with the check's
 * message under the form. Its result is the request to train, as the command line makes it.
 */
public final class TrainDialog extends Dialog<TrainRequest> {
  /** The button that starts training. */
  public static final ButtonType TRAIN = new ButtonType("Train", ButtonBar.ButtonData.OK_DONE);

  /**
   * Builds the dialog.
   *
   * @param owner the main window
   * @param form the form's view model
   */
  public TrainDialog(Window owner, TrainFormViewModel form) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("Train model");
    setHeaderText("Train a model on " + form.dataset().name() + " (version " + form.dataset().version() + ")");
    setGraphic(Icons.of(Material2MZ.MODEL_TRAINING, 32));
    getDialogPane().getButtonTypes().addAll(TRAIN, ButtonType.CANCEL);
    // The form scrolls inside a dialog no taller than the screen, so Train and Cancel stay reachable.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content(form));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    getDialogPane().setContent(scroll);
    double screenHeight = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
    scroll.setPrefViewportHeight(Math.min(560, screenHeight - 300));
    getDialogPane().getStyleClass().add("train-dialog");
    getDialogPane().setPrefWidth(620);
    Node train = getDialogPane().lookupButton(TRAIN);
    train.setId("start-training");
    train.disableProperty().bind(form.validProperty().not());
    setResultConverter(button -> button == TRAIN ? form.checkedRequest() : null);
  }

  private static Node content(TrainFormViewModel form) {
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(130);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    grid.getColumnConstraints().addAll(labels, fields);

    ComboBox<String> target = new ComboBox<>(form.columns());
    target.setId("target-column");
    target.valueProperty().bindBidirectional(form.targetProperty());
    ComboBox<TaskChoice> task = new ComboBox<>(FXCollections.observableArrayList(TaskChoice.values()));
    task.setId("task");
    task.valueProperty().bindBidirectional(form.taskProperty());
    // Only the kinds that fit the dataset: no image network for a table, no text model without text.
    ComboBox<ModelKind> kind = new ComboBox<>(form.kinds());
    kind.setId("model-kind");
    kind.valueProperty().bindBidirectional(form.modelKindProperty());
    kind.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(ModelKind value) {
        if (value == null) {
          return "";
        }
        return switch (value) {
          case MLP -> "Neural network (MLP)";
          case LINEAR -> "Linear model";
          case CNN -> "Image network (CNN)";
          case TFIDF -> "Text: TF-IDF + linear (fast)";
          case ENCODER -> "Text: language model (base)";
        };
      }

      @Override
      public ModelKind fromString(String text) {
        return null;
      }
    });
    ComboBox<String> base = new ComboBox<>(form.baseModels());
    base.setId("base-model");
    base.valueProperty().bindBidirectional(form.baseModelProperty());
    Spinner<String> epochs = NumberFields.spinner(form.epochs(), 1);
    epochs.setId("epochs");
    Spinner<String> batch = NumberFields.spinner(form.batchSize(), 8);
    batch.setId("batch-size");
    TextField rate = NumberFields.field(form.learningRate());
    rate.setId("learning-rate");
    // TF-IDF fits once: its numbers stay on show, greyed out, for a switch back to a network.
    for (Control field : List.<Control>of(epochs, batch, rate)) {
      field.disableProperty().bind(form.iterativeProperty().not());
    }
    TextField seed = NumberFields.field(form.seed());
    seed.setId("seed");
    ComboBox<DeviceChoice> device = new ComboBox<>(form.devices());
    device.setId("device");
    device.valueProperty().bindBidirectional(form.deviceProperty());
    Spinner<String> threads = NumberFields.spinner(form.threads(), 1);
    threads.setId("threads");

    int row = 0;
    row = add(grid, row, "Target column", target, SettingHelp.TARGET);
    row = note(grid, row, "target-reason", form.targetReasonProperty());
    row = add(grid, row, "Task", task, SettingHelp.TASK);
    row = add(grid, row, "Model", kind, SettingHelp.MODEL);
    row = add(grid, row, "Start from", base, SettingHelp.BASE);
    row = note(grid, row, "base-description", form.baseDescriptionProperty());
    row = add(grid, row, "Epochs (at most)", epochs, SettingHelp.EPOCHS);
    row = add(grid, row, "Batch size", batch, SettingHelp.BATCH_SIZE);
    row = add(grid, row, "Learning rate", rate, SettingHelp.LEARNING_RATE);
    row = note(grid, row, "not-iterative", Bindings.when(form.iterativeProperty()).then("")
        .otherwise(SettingHelp.NOT_ITERATIVE));
    row = add(grid, row, "Seed", seed, SettingHelp.SEED);
    row = add(grid, row, "Device", device, SettingHelp.DEVICE);
    row = add(grid, row, "Threads", threads, SettingHelp.THREADS);
    org.controlsfx.control.CheckComboBox<String> leftOut = new org.controlsfx.control.CheckComboBox<>(form.columns());
    leftOut.setId("excluded-columns");
    leftOut.setTitle("None");
    leftOut.getCheckModel().getCheckedItems().addListener(
        (javafx.collections.ListChangeListener<String>) change -> {
          if (!form.excluded().equals(leftOut.getCheckModel().getCheckedItems())) {
            form.excluded().setAll(leftOut.getCheckModel().getCheckedItems());
          }
        });
    form.excluded().addListener((javafx.collections.ListChangeListener<String>) change -> {
      for (String column : form.excluded()) {
        if (!leftOut.getCheckModel().isChecked(column)) {
          leftOut.getCheckModel().check(column);
        }
      }
      leftOut.setTitle(form.excluded().isEmpty() ? "None" : String.join(", ", form.excluded()));
    });
    row = add(grid, row, "Leave out", leftOut, SettingHelp.LEAVE_OUT);
    routeOptions(grid, row, form);

    Label message = new Label();
    message.setId("train-check-message");
    message.setWrapText(true);
    message.textProperty().bind(form.messageProperty());
    message.getStyleClass().add("check-message");
    // Ready in green, a problem in red, and a check under way in neither.
    Runnable style = () -> {
      boolean pending = form.messageProperty().get().equals(TrainFormViewModel.CHECKING);
      message.setGraphic(Icons.of(form.validProperty().get() ? Material2AL.CHECK_CIRCLE
          : pending ? Material2MZ.REFRESH : Material2AL.ERROR_OUTLINE));
      message.getStyleClass().removeAll("check-ok", "check-problem", "check-pending");
      message.getStyleClass().add(form.validProperty().get() ? "check-ok" : pending ? "check-pending" : "check-problem");
    };
    form.validProperty().addListener(observable -> style.run());
    form.messageProperty().addListener(observable -> style.run());
    style.run();
    message.setMaxWidth(Double.MAX_VALUE);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox box = new VBox(12, grid, message, QualityFindingsPanel.create(form));
    box.setPadding(new Insets(12, 20, 8, 20));
    return box;
  }

  /** The rows of the routes' own options, each shown only while the route that takes it applies. */
  private static void routeOptions(GridPane grid, int row, TrainFormViewModel form) {
    Spinner<String> freeze = NumberFields.spinner(form.freezeEpochs(), 1);
    freeze.setId("freeze-epochs");
    CheckBox augment = new CheckBox("Light random flips and shifts of the training pictures");
    augment.setId("augment");
    augment.selectedProperty().bindBidirectional(form.augmentProperty());
    ComboBox<StrategyChoice> strategy = new ComboBox<>(FXCollections.observableArrayList(StrategyChoice.values()));
    strategy.setId("strategy");
    strategy.valueProperty().bindBidirectional(form.strategyProperty());
    ComboBox<String> signature = new ComboBox<>(form.signatures());
    signature.setId("signature");
    signature.valueProperty().bindBidirectional(form.signatureProperty());
    row = shownFor(form, RouteOption.FREEZE_EPOCHS, grid, row, "Head-only epochs", freeze, SettingHelp.FREEZE_EPOCHS);
    row = shownFor(form, RouteOption.AUGMENT, grid, row, "Augmentation", augment, SettingHelp.AUGMENT);
    Spinner<String> tokens = NumberFields.spinner(form.maxTokens(), 32);
    tokens.setId("max-tokens");
    ComboBox<String> head = new ComboBox<>(FXCollections.observableArrayList("linear", "mlp"));
    head.setId("head-kind");
    head.valueProperty().bindBidirectional(form.headKindProperty());
    row = shownFor(form, RouteOption.STRATEGY, grid, row, "Fine-tune", strategy, SettingHelp.STRATEGY);
    row = shownFor(form, RouteOption.MAX_TOKENS, grid, row, "Max tokens", tokens, SettingHelp.MAX_TOKENS);
    row = shownFor(form, RouteOption.HEAD_KIND, grid, row, "Head", head, SettingHelp.HEAD);
    shownFor(form, RouteOption.SIGNATURE, grid, row, "Feature signature", signature, SettingHelp.SIGNATURE);
  }

  /** Adds a row that shows (and takes room) only while the route that applies takes {@code option}. */
  private static int shownFor(TrainFormViewModel form, RouteOption option, GridPane grid, int row, String label,
      Control field, String help) {
    Label name = place(grid, row, label, field, help);
    BooleanBinding shown = Bindings.createBooleanBinding(() -> form.routeOptions().contains(option),
        form.routeOptions());
    for (Node node : List.of(name, field)) {
      node.visibleProperty().bind(shown);
      node.managedProperty().bind(shown);
    }
    return row + 1;
  }

  private static int add(GridPane grid, int row, String label, Control field, String help) {
    place(grid, row, label, field, help);
    return row + 1;
  }

  /** Puts a labelled field on a row of the grid, both with the setting's plain explanation; returns its label. */
  private static Label place(GridPane grid, int row, String label, Control field, String help) {
    field.setMaxWidth(Double.MAX_VALUE);
    Label name = new Label(label);
    name.setLabelFor(field);
    name.setMinWidth(Region.USE_PREF_SIZE);
    grid.add(name, 0, row);
    grid.add(field, 1, row);
    Tooltip tip = new Tooltip(help);
    tip.setWrapText(true);
    tip.setMaxWidth(380);
    tip.setShowDuration(javafx.util.Duration.seconds(30));
    field.setTooltip(tip);
    // A spinner hands its tooltip to its editor itself.
    name.setTooltip(tip);
    return name;
  }

  /**
   * A muted line under the field of the row above (why the target was proposed, what a base model
   * is), shown while it has text. It shares the field's cell: a row of its own would leave a gap
   * of two spacings while it is hidden.
   */
  private static int note(GridPane grid, int row, String id, javafx.beans.value.ObservableValue<String> text) {
    Label line = new Label();
    line.setId(id);
    line.setWrapText(true);
    line.getStyleClass().add("hint");
    line.setMinHeight(Region.USE_PREF_SIZE);
    line.textProperty().bind(text);
    line.visibleProperty().bind(line.textProperty().isNotEmpty());
    line.managedProperty().bind(line.visibleProperty());
    int above = row - 1;
    Node field = cell(grid, 1, above);
    Node name = cell(grid, 0, above);
    grid.getChildren().remove(field);
    VBox both = new VBox(4, field, line);
    grid.add(both, 1, above);
    // The name stays level with the field, not with the middle of field and line.
    GridPane.setValignment(name, javafx.geometry.VPos.TOP);
    ((Label) name).setPadding(new Insets(7, 0, 0, 0));
    return row;
  }

  private static Node cell(GridPane grid, int column, int row) {
    return grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == column
        && GridPane.getRowIndex(n) == row).findFirst().orElseThrow();
  }
}
