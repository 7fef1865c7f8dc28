package org.modelworkbench.app.desktop;

import atlantafx.base.theme.PrimerLight;
import java.awt.Desktop;
import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.modelworkbench.app.desktop.common.ErrorDialog;
import org.modelworkbench.app.desktop.common.FxThread;
import org.modelworkbench.app.desktop.crash.CrashHandler;
import org.modelworkbench.app.desktop.crash.CrashReport;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.main.DesktopSettings;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.model.UserFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: the Primer Light theme, crash reports for errors nothing caught, the
 * background jobs, and the main window on the last project (or the sample project on first
 * start, or the one named on the command line).
 *
 * <p>Not final: a launcher that drives the real window (the documentation's screenshots, in the
 * test sources) extends it through {@link #desktopSettings} and {@link #windowShown}.
 */
public class WorkbenchApplication extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

  private JobRunner runner;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    UserFolders folders = UserFolders.forCurrentUser();
    CrashHandler crashes = new CrashHandler(new CrashReport(folders.logs(), Clock.systemDefaultZone()),
        folders.logFile(), FxThread.INSTANCE, (heading, sentence, error, closed) -> {
          if (window != null) {
            window.showCrash(heading, sentence, error, closed);
          } else {
            var alert = ErrorDialog.create(null, heading, sentence, error);
            alert.setOnHidden(event -> closed.run());
            alert.show();
          }
        });
    crashes.installAsDefault();
    crashes.installOn(Thread.currentThread());
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    DesktopSettings settings = desktopSettings(getParameters().getRaw());
    runner = JobRunner.standard();
    window = MainWindow.standard(settings, runner);
    window.show(stage);
    listenForOpenedFiles();
    windowShown(window);
  }

  /** Where the window keeps and finds things: the user's own settings and recent projects. */
  protected DesktopSettings desktopSettings(List<String> args) {
    return DesktopSettings.fromSystem(args);
  }

  /** Called on the FX thread once the main window is shown, before its project has been read. */
  protected void windowShown(MainWindow shown) {
    // Nothing more to do in the app itself.
  }

  /**
   * On macOS a double-clicked project file reaches a running app as an event, not as an
   * argument: hand it to the window. Other systems start the app with the file as argument.
   */
  private void listenForOpenedFiles() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
      return;
    }
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
        Desktop.getDesktop().setOpenFileHandler(event -> {
          List<java.nio.file.Path> files = event.getFiles().stream().map(File::toPath).toList();
          Platform.runLater(() -> window.openFromSystem(files));
        });
      }
    } catch (RuntimeException | Error e) {
      LOG.info("Files opened from the Finder will not reach the window", e);
    }
  }

  /**
   * The app is ending. After File ▸ Quit or closing the window the project is closed already;
   * when something else ends the app, the jobs are stopped and the project closed here, waiting
   * at most a little longer than the window's own quit does.
   */
  @Override
  public void stop() {
    if (window != null) {
      try {
        window.close().get(40, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("The project did not close cleanly", e);
      }
    }
    if (runner != null) {
      runner.close();
    }
  }
}
