package org.modelworkbench.app.desktop.help;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.modelworkbench.app.desktop.common.Icons;
import org.modelworkbench.model.AppVersion;

/**
 * Help ▸ About: what the app is, its versions, device and folders, and Copy, which puts all of it
 * on the clipboard for a bug report.
 */
public final class AboutDialog extends Dialog<Void> {
  /**
   * Builds the dialog; {@link #show()} shows it.
   *
   * @param owner the main window
   * @param model the text (it starts asking the engine here)
   */
  public AboutDialog(Window owner, AboutViewModel model) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("About Model Workbench");
    setHeaderText(AppVersion.nameAndVersion());
    Label intro = new Label("Import data, train models, compare runs and export reports, all on this computer. "
        + "When something goes wrong, Copy puts these facts on the clipboard for your bug report; attach the "
        + "newest crash report or the log file if there is one.");
    intro.setWrapText(true);
    intro.setMaxWidth(620);
    TextArea text = new TextArea();
    text.setId("about-text");
    text.setEditable(false);
    text.setWrapText(false);
    text.setPrefColumnCount(70);
    text.setPrefRowCount(15);
    text.getStyleClass().add("about-text");
    text.textProperty().bind(model.textProperty());
    VBox.setVgrow(text, Priority.ALWAYS);
    Label copied = new Label();
    copied.setId("about-copied");
    Button copy = new Button("Copy", Icons.of(Material2AL.CONTENT_COPY));
    copy.setId("about-copy");
    copy.setOnAction(event -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(model.copyText());
      Clipboard.getSystemClipboard().setContent(content);
      copied.setText("Copied to the clipboard.");
    });
    HBox actions = new HBox(10, copy, copied);
    actions.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(10, intro, text, actions);
    box.setPrefWidth(680);
    getDialogPane().setContent(box);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    getDialogPane().setId("about-dialog");
    setResizable(true);
    model.load();
  }
}
