package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.model.DatasetInfo;

/**
 * The plain question asked before importing a file that looks like a new month of an existing
 * dataset: "Version 2 of loans_2025" (the default) or "New dataset" (named after the file).
 */
public final class VersionDialog implements VersionQuestion {
  private final Supplier<Window> owner;

  /** Creates the question, shown over the given window. */
  public VersionDialog(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Answer ask(Path file, String ownName, DatasetInfo existing) {
    ButtonType version = versionButton(existing);
    ButtonType separate = new ButtonType("New dataset", ButtonBar.ButtonData.NO);
    Alert alert = create(owner.get(), file, ownName, existing, version, separate);
    ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (chosen == version) {
      return Answer.NEW_VERSION;
    }
    return chosen == separate ? Answer.NEW_DATASET : Answer.CANCEL;
  }

  /** The default button: "Version 2 of loans_2025". */
  static ButtonType versionButton(DatasetInfo existing) {
    return new ButtonType("Version " + (existing.version() + 1) + " of " + existing.name(),
        ButtonBar.ButtonData.YES);
  }

  /** Builds the dialog without showing it. */
  static Alert create(Window owner, Path file, String ownName, DatasetInfo existing, ButtonType version,
      ButtonType separate) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", version, separate, ButtonType.CANCEL);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle("Model Workbench");
    alert.setHeaderText(fileName(file) + " has the same columns as " + existing.name());
    Label text = new Label(message(ownName, existing));
    text.setWrapText(true);
    text.setMaxWidth(520);
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().setId("version-question");
    for (ButtonType type : alert.getButtonTypes()) {
      // Dataset names have underscores; they are not keyboard mnemonics.
      Button button = (Button) alert.getDialogPane().lookupButton(type);
      button.setMnemonicParsing(false);
      ButtonBar.setButtonUniformSize(button, false);
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    ((Button) alert.getDialogPane().lookupButton(version)).setDefaultButton(true);
    ((Button) alert.getDialogPane().lookupButton(separate)).setDefaultButton(false);
    alert.getDialogPane().setPrefWidth(600);
    return alert;
  }

  /** The sentence under the header. */
  static String message(String ownName, DatasetInfo existing) {
    return "Is it new data for " + existing.name() + " (now version " + existing.version() + ", "
        + Formats.count(existing.rows()) + " rows)? As version " + (existing.version() + 1)
        + " it sits beside the earlier versions, and models trained on them can score it. "
        + "Or keep it apart as a new dataset named " + ownName + ".";
  }

  private static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}
