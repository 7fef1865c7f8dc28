package org.modelworkbench.app.desktop;

import javafx.application.Application;

/**
 * Starts the JavaFX application. Kept apart from {@link WorkbenchApplication} so the jar's main
 * class does not extend {@code Application} (needed to run JavaFX from the class path).
 */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  /**
   * Opens the window; returns when it closes.
   *
   * @param args the command line: nothing, or {@code --project DIR}
   */
  public static void launch(String[] args) {
    Application.launch(WorkbenchApplication.class, args);
  }
}
