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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
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
    ComboBox<ModelKind> kind = new ComboBox<>(FXCollections.observableArrayList(ModelKind.values()));
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
    Spinner<Integer> epochs = intSpinner(1, 10_000, form.epochsProperty().get(), 1);
    epochs.setId("epochs");
    epochs.valueProperty().addListener((obs, old, value) -> form.epochsProperty().set(value == null ? 0 : value));
    Spinner<Integer> batch = intSpinner(1, 65_536, form.batchSizeProperty().get(), 8);
    batch.setId("batch-size");
    batch.valueProperty().addListener((obs, old, value) -> form.batchSizeProperty().set(value == null ? 0 : value));
    TextField rate = new TextField();
    rate.setId("learning-rate");
    rate.textProperty().bindBidirectional(form.learningRateProperty());
    TextField seed = new TextField();
    seed.setId("seed");
    seed.textProperty().bindBidirectional(form.seedProperty());
    ComboBox<DeviceChoice> device = new ComboBox<>(form.devices());
    device.setId("device");
    device.valueProperty().bindBidirectional(form.deviceProperty());
    Spinner<Integer> threads = intSpinner(0, 256, form.threadsProperty().get(), 1);
    threads.setId("threads");
    threads.valueProperty().addListener((obs, old, value) -> form.threadsProperty().set(value == null ? 0 : value));

    int row = 0;
    row = add(grid, row, "Target column", target, "The column the model should predict.");
    row = add(grid, row, "Task", task, null);
    row = add(grid, row, "Model", kind, null);
    row = add(grid, row, "Start from", base, "A model of this project to fine-tune, or none.");
    row = add(grid, row, "Epochs (at most)", epochs, "Training stops earlier when the validation loss stops improving.");
    row = add(grid, row, "Batch size", batch, null);
    row = add(grid, row, "Learning rate", rate, null);
    row = add(grid, row, "Seed", seed, "The same seed on the same data gives the same numbers.");
    row = add(grid, row, "Device", device, null);
    row = add(grid, row, "Threads", threads, "0 uses the measured default (1 on small machines).");
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
    row = add(grid, row, "Leave out", leftOut, "Columns not used to predict, such as IDs or columns known only after the outcome.");
    routeOptions(grid, row, form);

    Label message = new Label();
    message.setId("train-check-message");
    message.setWrapText(true);
    message.textProperty().bind(form.messageProperty());
    message.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(form.checkingProperty().get() ? Material2MZ.REFRESH
            : form.validProperty().get() ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE),
        form.validProperty(), form.checkingProperty()));
    message.getStyleClass().add("check-message");
    form.validProperty().addListener((obs, old, ok) -> {
      message.getStyleClass().removeAll("check-ok", "check-problem");
      message.getStyleClass().add(ok ? "check-ok" : "check-problem");
    });
    message.getStyleClass().add(form.validProperty().get() ? "check-ok" : "check-problem");
    message.setMaxWidth(Double.MAX_VALUE);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox box = new VBox(12, grid, message, QualityFindingsPanel.create(form));
    box.setPadding(new Insets(12, 20, 8, 20));
    return box;
  }

  /** The rows of the routes' own options, each shown only while the route that takes it applies. */
  private static void routeOptions(GridPane grid, int row, TrainFormViewModel form) {
    Spinner<Integer> freeze = intSpinner(0, 10_000, form.freezeEpochsProperty().get(), 1);
    freeze.setId("freeze-epochs");
    freeze.valueProperty().addListener((obs, old, value) -> form.freezeEpochsProperty().set(value == null ? 0 : value));
    CheckBox augment = new CheckBox("Light random flips and shifts of the training pictures");
    augment.setId("augment");
    augment.selectedProperty().bindBidirectional(form.augmentProperty());
    ComboBox<StrategyChoice> strategy = new ComboBox<>(FXCollections.observableArrayList(StrategyChoice.values()));
    strategy.setId("strategy");
    strategy.valueProperty().bindBidirectional(form.strategyProperty());
    ComboBox<String> signature = new ComboBox<>(form.signatures());
    signature.setId("signature");
    signature.valueProperty().bindBidirectional(form.signatureProperty());
    row = shownFor(form, RouteOption.FREEZE_EPOCHS, grid, row, "Head-only epochs", freeze,
        "Epochs that train the new head alone, before the whole network trains at a tenth of the rate.");
    row = shownFor(form, RouteOption.AUGMENT, grid, row, "Augmentation", augment,
        "Off suits digits and text, where a flip changes the meaning.");
    Spinner<Integer> tokens = intSpinner(8, 8192, form.maxTokensProperty().get(), 32);
    tokens.setId("max-tokens");
    tokens.valueProperty().addListener((obs, old, value) -> form.maxTokensProperty().set(value == null ? 0 : value));
    ComboBox<String> head = new ComboBox<>(FXCollections.observableArrayList("linear", "mlp"));
    head.setId("head-kind");
    head.valueProperty().bindBidirectional(form.headKindProperty());
    row = shownFor(form, RouteOption.STRATEGY, grid, row, "Fine-tune", strategy,
        "Train a new head on the model's frozen features (fast), or fine-tune the whole model (better, slower).");
    row = shownFor(form, RouteOption.MAX_TOKENS, grid, row, "Max tokens", tokens,
        "Longer texts are cut to this many tokens (at most the model's limit); more is slower.");
    row = shownFor(form, RouteOption.HEAD_KIND, grid, row, "Head", head,
        "Linear (logistic regression) or a small neural network on the frozen model's text vectors.");
    shownFor(form, RouteOption.SIGNATURE, grid, row, "Feature signature", signature,
        "The SavedModel signature whose output the new head learns from.");
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

  /** Puts a labelled field on a row of the grid; returns its label. */
  private static Label place(GridPane grid, int row, String label, Control field, String help) {
    field.setMaxWidth(Double.MAX_VALUE);
    Label name = new Label(label);
    name.setLabelFor(field);
    grid.add(name, 0, row);
    grid.add(field, 1, row);
    if (help != null) {
      field.setTooltip(new javafx.scene.control.Tooltip(help));
    }
    return name;
  }

  private static Spinner<Integer> intSpinner(int min, int max, int initial, int step) {
    Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, initial)), step);
    spinner.setEditable(true);
    return spinner;
  }
}
