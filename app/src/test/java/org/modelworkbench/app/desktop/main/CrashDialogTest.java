package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.common.FxThread;
import org.modelworkbench.app.desktop.crash.CrashHandler;
import org.modelworkbench.app.desktop.crash.CrashReport;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** An error nothing caught, on the FX thread or a worker, leaves a crash report and one sentence in the window. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest extends WindowTestBase {
  @TempDir
  static Path dir;

  private Thread.UncaughtExceptionHandler fxBefore;
  private Thread.UncaughtExceptionHandler defaultBefore;

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @AfterEach
  void restoreHandlers() {
    interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
    Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
  }

  private CrashHandler install(Path reports) {
    CrashHandler crashes = new CrashHandler(new CrashReport(reports, Clock.systemDefaultZone()),
        reports.resolve("workbench.log"), FxThread.INSTANCE, window::showCrash);
    defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
    crashes.installAsDefault();
    interact(() -> {
      fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
      crashes.installOn(Thread.currentThread());
    });
    return crashes;
  }

  @Test
  void anErrorInTheWindowIsReportedInOneSentenceWithTheReportsPlace() throws IOException {
    waitForProject();
    Path reports = dir.resolve("fx-logs");
    install(reports);

    Platform.runLater(() -> {
      throw new IllegalStateException("a button's handler broke");
    });

    waitUntil("the crash is told", 20, () -> lookup("#crash-dialog").tryQuery().isPresent());
    Path report = onlyReport(reports);
    assertThat(lookup("#crash-dialog").queryAs(DialogPane.class).getHeaderText()).isEqualTo(CrashHandler.HEADING);
    assertThat(lookup("#error-message").queryLabeled().getText()).contains("IllegalStateException: a button's handler broke",
        "an action in the window", report.toString());
    assertThat(Files.readString(report)).contains("a button's handler broke", "OS: ", "Java: ", "CrashDialogTest");
  }

  @Test
  void anErrorOnAnotherThreadIsReportedToo() throws Exception {
    waitForProject();
    Path reports = dir.resolve("thread-logs");
    install(reports);

    Thread worker = new Thread(() -> {
      throw new UnsupportedOperationException("a helper thread broke");
    }, "report-writer");
    worker.start();
    worker.join();

    waitUntil("the crash is told", 20, () -> lookup("#crash-dialog").tryQuery().isPresent());
    assertThat(lookup("#error-message").queryLabeled().getText()).contains("a helper thread broke", "thread 'report-writer'",
        onlyReport(reports).toString());
  }

  private static Path onlyReport(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("crash-")).findFirst()
          .orElseThrow(() -> new AssertionError("no crash report in " + folder));
    }
  }
}
