package org.modelworkbench.app.desktop.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The error dialog: a title, one plain sentence, and the stack trace folded away under "Show
 * details". Never a bare stack trace.
 */
public final class ErrorDialog {
  private ErrorDialog() {}

  /**
   * Builds the dialog without showing it.
   *
   * @param owner the window it belongs to, or null
   * @param title what failed, for example "Could not import loans.csv"
   * @param error the error
   */
  public static Alert create(Window owner, String title, Throwable error) {
    return create(owner, title, ErrorText.plainMessage(error), error);
  }

  /**
   * Builds the dialog with a message of its own without showing it.
   *
   * @param owner the window it belongs to, or null
   * @param title what failed
   * @param plainMessage the sentence to show
   * @param error the error, for the technical details
   */
  public static Alert create(Window owner, String title, String plainMessage, Throwable error) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle("Model Workbench");
    alert.setHeaderText(title);
    Label message = new Label(plainMessage);
    message.setId("error-message");
    message.setWrapText(true);
    message.setMaxWidth(520);
    alert.getDialogPane().setContent(message);
    TextArea details = new TextArea(ErrorText.details(error));
    details.setEditable(false);
    details.setWrapText(false);
    details.setPrefRowCount(14);
    details.getStyleClass().add("error-details");
    VBox.setVgrow(details, Priority.ALWAYS);
    VBox expandable = new VBox(6, new Label("Technical details (for the developers):"), details);
    alert.getDialogPane().setExpandableContent(expandable);
    alert.getDialogPane().getStyleClass().add("error-dialog");
    return alert;
  }

  /** Shows the dialog without blocking. */
  public static void show(Window owner, String title, Throwable error) {
    create(owner, title, error).show();
  }
}
