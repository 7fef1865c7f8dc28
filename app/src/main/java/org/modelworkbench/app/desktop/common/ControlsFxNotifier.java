package org.modelworkbench.app.desktop.common;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows notifications in the bottom-right corner of the main window with ControlsFX. */
public final class ControlsFxNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(ControlsFxNotifier.class);

  private final Supplier<Window> owner;

  /** Creates a notifier that shows over the window the supplier returns. */
  public ControlsFxNotifier(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void info(String title, String text) {
    show(title, text, false);
  }

  @Override
  public void error(String title, String text) {
    show(title, text, true);
  }

  private void show(String title, String text, boolean error) {
    Window window = owner.get();
    if (window == null || !window.isShowing()) {
      LOG.info("{}: {}", title, text);
      return;
    }
    try {
      FontIcon icon = new FontIcon(error ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE_OUTLINE);
      icon.setIconSize(28);
      icon.getStyleClass().add(error ? "notification-error-icon" : "notification-info-icon");
      Notifications.create().owner(window).title(title).text(text).graphic(icon)
          .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(error ? 10 : 5))
          .threshold(4, Notifications.create().title("Model Workbench").text("Several jobs finished; see the jobs panel."))
          .show();
    } catch (RuntimeException e) {
      LOG.warn("Could not show a notification: {}: {}", title, text, e);
    }
  }
}
