package org.modelworkbench.app.desktop.gallery;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.modelworkbench.services.datasets.GalleryImage;

/** A larger view of one picture, with its name, class and size. */
final class ImagePreview {
  /** The longest side of the preview, in pixels. */
  static final int SIZE = 560;

  private ImagePreview() {}

  /** Opens the preview beside the window (it does not block it). */
  static Dialog<Void> show(Window owner, GalleryImage picture) {
    ImageView view = new ImageView();
    view.imageProperty().bind(Thumbnails.load(picture, SIZE).imageProperty());
    view.setPreserveRatio(true);
    view.setFitWidth(SIZE);
    view.setFitHeight(SIZE);
    StackPane frame = new StackPane(view);
    frame.getStyleClass().add("preview-frame");
    frame.setMinSize(SIZE + 16, SIZE + 16);
    Label name = new Label(picture.name());
    name.getStyleClass().add("strong");
    Label facts = new Label("Class " + picture.className() + " · " + picture.width() + "\u00d7" + picture.height()
        + " pixels · row " + (picture.row() + 1));
    facts.getStyleClass().add("hint");
    VBox content = new VBox(8, frame, name, facts);
    content.setPadding(new Insets(4));
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(picture.name());
    dialog.initModality(Modality.NONE);
    if (owner != null) {
      dialog.initOwner(owner);
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.getDialogPane().setId("image-preview");
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
    return dialog;
  }
}
