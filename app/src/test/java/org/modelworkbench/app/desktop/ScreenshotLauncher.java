package org.modelworkbench.app.desktop;

import java.nio.file.Path;
import javafx.application.Application;
import org.modelworkbench.app.RuntimeDefaults;

/**
 * Starts the desktop window for a screenshot of the documentation ({@code app/screenshot.sh} runs
 * it with the test classpath): the real application on {@code --project DIR}, with the picture's
 * path in {@code -Dworkbench.screenshot=PATH} and the view in {@code -Dworkbench.screenshot.view}
 * (see {@link ScreenshotHook}). The window saves the picture and quits.
 */
public final class ScreenshotLauncher {
  private ScreenshotLauncher() {}

  /**
   * Opens the window with the hook armed; returns when it closes.
   *
   * @param args the desktop's arguments, for example {@code --project DIR}
   */
  public static void main(String[] args) {
    if (System.getProperty("workbench.screenshot", "").isBlank()) {
      System.err.println("Give the picture's path with -Dworkbench.screenshot=PATH.");
      System.exit(2);
    }
    RuntimeDefaults.apply();
    Application.launch(ScreenshotApplication.class, args);
  }

  /** Where the picture goes. */
  static Path target() {
    return Path.of(System.getProperty("workbench.screenshot"));
  }

  /** What the picture shows: run (the default), dataset, train, monitor, images, … */
  static String view() {
    return System.getProperty("workbench.screenshot.view", "run");
  }
}
