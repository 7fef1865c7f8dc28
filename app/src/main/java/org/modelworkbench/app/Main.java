package org.modelworkbench.app;

import org.modelworkbench.app.cli.WorkbenchCommand;
import org.modelworkbench.app.desktop.DesktopLauncher;

/**
 * Starts the desktop window when called with no arguments (or only {@code --project DIR}), and
 * the command line otherwise.
 */
public final class Main {
  private Main() {}

  /**
   * Runs Model Workbench.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    RuntimeDefaults.apply();
    if (WorkbenchCommand.isDesktopLaunch(args)) {
      DesktopLauncher.launch(args);
      return;
    }
    System.exit(WorkbenchCommand.run(args));
  }
}
