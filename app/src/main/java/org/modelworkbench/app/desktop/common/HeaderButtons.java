package org.modelworkbench.app.desktop.common;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;

/**
 * Keeps a page header's subtitle whole on a narrow window: when the subtitle and the buttons with
 * their words do not fit, the buttons show only their icons (their tooltips still name them).
 */
public final class HeaderButtons {
  private HeaderButtons() {}

  /**
   * Shows the buttons with words if they fit beside the subtitle in this width, else icons only.
   *
   * @param width the header line's width
   * @param subtitle the subtitle, shown in full
   * @param buttons the buttons (hidden ones are not counted)
   * @param spacing the gap between the line's parts
   */
  public static void fit(double width, Label subtitle, List<Button> buttons, double spacing) {
    double needed = subtitle.prefWidth(-1) + spacing;
    for (Button button : buttons) {
      if (button.isManaged()) {
        ContentDisplay before = button.getContentDisplay();
        button.setContentDisplay(ContentDisplay.LEFT);
        needed += button.prefWidth(-1) + spacing;
        button.setContentDisplay(before);
      }
    }
    ContentDisplay display = needed <= width ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY;
    for (Button button : buttons) {
      button.setContentDisplay(display);
    }
  }
}
