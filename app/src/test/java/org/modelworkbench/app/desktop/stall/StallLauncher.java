package org.modelworkbench.app.desktop.stall;

import javafx.application.Application;
import org.modelworkbench.app.RuntimeDefaults;

/**
 * Starts the desktop window for the FX-thread stall benchmark
 * ({@code modules/benchmarks/run-stall-benchmark.sh} runs it with the app's test classpath): the
 * real application on {@code --project DIR}, driven by {@link StallDriver} with the settings of
 * {@link StallSettings}. The window writes its results and quits.
 */
public final class StallLauncher {
  private StallLauncher() {}

  /**
   * Opens the window with the driver armed; returns when it closes.
   *
   * @param args the desktop's arguments, for example {@code --project DIR}
   */
  public static void main(String[] args) {
    if (StallSettings.fromSystem() == null) {
      System.err.println("Name the file to import with -Dworkbench.stall.csv=FILE and the results with"
          + " -Dworkbench.stall.out=FILE.");
      System.exit(2);
    }
    RuntimeDefaults.apply();
    Application.launch(StallApplication.class, args);
  }
}
