package org.modelworkbench.app.desktop;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.main.DesktopSettings;
import org.modelworkbench.app.desktop.main.MainWindow;

/**
 * The JavaFX application: the Primer Light theme, the background jobs, and the main window on the
 * last project (or the sample project on first start, or the one named with {@code --project}).
 */
public final class WorkbenchApplication extends Application {
  private JobRunner runner;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    DesktopSettings settings = DesktopSettings.fromSystem(getParameters().getRaw());
    runner = JobRunner.standard();
    window = MainWindow.standard(settings, runner);
    window.show(stage);
    if (settings.screenshot() != null) {
      new ScreenshotHook(window, settings.screenshot(), settings.screenshotView()).arm();
    }
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (runner != null) {
      runner.close();
    }
  }
}
