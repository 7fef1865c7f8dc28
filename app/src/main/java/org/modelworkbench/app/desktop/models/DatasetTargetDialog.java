package org.modelworkbench.app.desktop.models;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;

/** Asks for a dataset and its column of true answers, for evaluating or fine-tuning a model. */
final class DatasetTargetDialog {
  private DatasetTargetDialog() {}

  /**
   * A dataset and the column that holds the true class.
   *
   * @param dataset the chosen dataset
   * @param target the chosen column
   */
  record Choice(DatasetInfo dataset, String target) {}

  /**
   * Shows the dialog and waits for the answer.
   *
   * @param owner the main window
   * @param title the dialog's title
   * @param header one sentence on what happens
   * @param confirm the confirm button's text, for example "Evaluate"
   * @param datasets the dataset versions to choose from; listed by name, newest version first
   * @param initial the dataset chosen at first
   * @return the choice, or empty when cancelled
   */
  static Optional<Choice> ask(Window owner, String title, String header, String confirm, List<DatasetInfo> datasets,
      DatasetInfo initial) {
    Dialog<Choice> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    ComboBox<DatasetInfo> dataset = new ComboBox<>(FXCollections.observableArrayList(
        org.modelworkbench.app.desktop.common.Formats.latestVersionsFirst(datasets)));
    dataset.setId("choose-dataset");
    dataset.setConverter(new StringConverter<>() {
      @Override
      public String toString(DatasetInfo value) {
        return org.modelworkbench.app.desktop.common.Formats.dataset(value);
      }

      @Override
      public DatasetInfo fromString(String text) {
        return null;
      }
    });
    ComboBox<String> target = new ComboBox<>();
    target.setId("choose-target");
    dataset.valueProperty().addListener((obs, old, chosen) -> {
      target.getItems().setAll(chosen == null ? List.of()
          : chosen.columns().stream().map(ColumnProfile::name).toList());
      target.setValue(chosen == null ? null : ModelDetailsViewModel.suggestedTarget(chosen));
    });
    dataset.setValue(initial);
    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    form.addRow(0, new Label("Dataset"), dataset);
    form.addRow(1, new Label("True class in column"), target);
    dialog.getDialogPane().setContent(form);
    ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ok).setId("dialog-confirm");
    dialog.getDialogPane().lookupButton(ok).disableProperty()
        .bind(dataset.valueProperty().isNull().or(target.valueProperty().isNull()));
    dialog.setResultConverter(button -> button == ok ? new Choice(dataset.getValue(), target.getValue()) : null);
    return dialog.showAndWait();
  }
}
