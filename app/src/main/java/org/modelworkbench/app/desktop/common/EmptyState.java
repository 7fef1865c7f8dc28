package org.modelworkbench.app.desktop.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A friendly placeholder for a place that has nothing to show yet, saying what to do next. */
public final class EmptyState {
  private EmptyState() {}

  /**
   * Builds the placeholder.
   *
   * @param icon a large icon
   * @param title what to do, for example "Drop your data here to start"
   * @param hint one more sentence of help
   * @param actions buttons that do it
   */
  public static VBox create(Ikon icon, String title, String hint, Node... actions) {
    Label heading = new Label(title);
    heading.getStyleClass().add("empty-title");
    heading.setWrapText(true);
    Label help = new Label(hint);
    help.getStyleClass().add("empty-hint");
    help.setWrapText(true);
    VBox box = new VBox(12, Icons.of(icon, 56), heading, help);
    if (actions.length > 0) {
      HBox buttons = new HBox(8, actions);
      buttons.setAlignment(Pos.CENTER);
      box.getChildren().add(buttons);
    }
    box.setAlignment(Pos.CENTER);
    box.setMaxWidth(480);
    box.getStyleClass().add("empty-state");
    return box;
  }
}
