package org.modelworkbench.app.desktop.support;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.stage.Stage;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.main.DesktopSettings;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real main window for a TestFX test, with recent projects in memory, the sample
 * project in a temporary folder, recorded notifications and scripted file choosers.
 */
public abstract class WindowTestBase extends FxRobot {
  protected final RecordingNotifier notifier = new RecordingNotifier();
  protected final ScriptedFileDialogs files = new ScriptedFileDialogs();
  protected final InMemoryRecentProjects recent = new InMemoryRecentProjects();
  protected JobRunner runner;
  protected MainWindow window;
  /** How many times the window has quit. */
  protected final java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();

  /** Shows the window on a project folder (or on the sample project when {@code project} is null). */
  protected void showWindow(Stage stage, Path project, Path sampleProject) {
    showWindow(stage, project, sampleProject, new SettingsFile(TestProjects.newSettingsFile()));
  }

  /** Shows the window with the given settings file (a test's own, in a temporary folder). */
  protected void showWindow(Stage stage, Path project, Path sampleProject, SettingsFile settingsFile) {
    showWindow(stage, project, sampleProject, settingsFile, notifier);
  }

  /** Shows the window with its notifications told to {@code shown} (the window's own, to see them). */
  protected void showWindow(Stage stage, Path project, Path sampleProject, SettingsFile settingsFile,
      org.modelworkbench.app.desktop.common.Notifier shown) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    runner = JobRunner.standard();
    DesktopSettings settings = new DesktopSettings(settingsFile, recent, sampleProject, TestProjects.samples(),
        Optional.ofNullable(project));
    window = new MainWindow(settings, runner, shown, files);
    // Quitting must not end the test JVM's toolkit: the test sees that the window has quit.
    window.setOnQuit(() -> {
      quits.incrementAndGet();
      stage.hide();
    });
    window.setFolderOpener(folder -> {
      throw new java.io.IOException("tests open no file manager");
    });
    window.show(stage);
  }

  /**
   * Closes the project and stops the jobs. Dialogs a test left open (a train dialog, say) are
   * closed first, so the next test's look-ups cannot find their buttons.
   */
  protected void closeWindow() {
    WaitForAsyncUtils.asyncFx(() -> {
      for (javafx.stage.Window open : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
        if (open instanceof Stage dialog && dialog.getOwner() != null) {
          dialog.close();
        }
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
    if (window != null) {
      try {
        WaitForAsyncUtils.asyncFx(window::close).get(10, TimeUnit.SECONDS).get(90, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("The window did not close its project", e);
      }
      WaitForAsyncUtils.waitForFxEvents();
    }
    if (runner != null) {
      runner.close();
    }
  }

  /**
   * Opens the train dialog on the project's first dataset, starts a long run (500 epochs at a
   * small learning rate) and waits until its first epoch is drawn.
   *
   * @return the live loss chart
   */
  protected javafx.scene.chart.LineChart<Number, Number> startLongTraining() {
    waitForProject();
    long id = window.model().datasets().get(0).id();
    interact(() -> window.select("dataset:" + id));
    waitUntil("the dataset is shown", 10, () -> lookup("#train-button").tryQuery().isPresent());
    clickOn("#train-button");
    waitUntil("the train dialog is open", 10, () -> lookup("#start-training").tryQuery().isPresent());
    javafx.scene.control.Spinner<String> epochs = lookup("#epochs").query();
    javafx.scene.control.TextField rate = lookup("#learning-rate").query();
    interact(() -> {
      epochs.getEditor().setText("500");
      rate.setText("0.0001");
    });
    waitUntil("the settings are checked", 20,
        () -> lookup("#train-check-message").queryLabeled().getText().startsWith("Ready"));
    clickOn("#start-training");
    waitUntil("the live monitor shows", 10, () -> lookup("#live-loss-chart").tryQuery().isPresent());
    javafx.scene.chart.LineChart<Number, Number> live = lookup("#live-loss-chart").query();
    waitUntil("the first epoch is drawn", 120, () -> !live.getData().get(0).getData().isEmpty());
    return live;
  }

  /** Waits until the condition holds on the FX thread, failing with {@code what} after the timeout. */
  protected static void waitUntil(String what, int seconds, BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
      });
    } catch (TimeoutException e) {
      throw new AssertionError("Timed out waiting until " + what, e);
    }
  }

  /** Waits until the open project's lists have been read at least once. */
  protected void waitForProject() {
    waitUntil("the project is open and read", 60, () -> window.model().refreshesProperty().get() > 0);
  }
}
