package org.modelworkbench.app.desktop.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncaught errors are reported to a file and told once at a time, on a real thread. */
class CrashHandlerTest {
  @TempDir
  Path dir;

  private final List<String> shown = new ArrayList<>();
  private final List<Runnable> closers = new ArrayList<>();

  private CrashHandler handler(Path logs) {
    return new CrashHandler(new CrashReport(logs, Clock.systemDefaultZone()), logs.resolve("workbench.log"),
        Runnable::run, (heading, sentence, error, closed) -> {
          shown.add(heading + " | " + sentence);
          closers.add(closed);
        });
  }

  @Test
  void anErrorOnAnyThreadIsReportedAndToldInOneSentence() throws Exception {
    Path logs = dir.resolve("logs");
    CrashHandler handler = handler(logs);
    Thread worker = new Thread(() -> {
      throw new IllegalStateException("boom");
    }, "workbench-jobs-7");
    worker.setUncaughtExceptionHandler(handler);
    worker.start();
    worker.join();

    List<Path> reports;
    try (var files = Files.list(logs)) {
      reports = files.toList();
    }
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).getFileName().toString()).matches("crash-\\d{8}-\\d{6}\\.txt");
    assertThat(Files.readString(reports.get(0))).contains("Thread: 'workbench-jobs-7'", "IllegalStateException: boom");
    assertThat(shown).containsExactly(CrashHandler.HEADING + " | An unexpected error (IllegalStateException: boom) "
        + "stopped a background job; the crash report is " + reports.get(0) + ".");
  }

  @Test
  void onlyOneMessageShowsAtATime() {
    CrashHandler handler = handler(dir);
    Thread fx = new Thread(() -> { }, "JavaFX Application Thread");
    handler.uncaughtException(fx, new NullPointerException("first"));
    handler.uncaughtException(fx, new NullPointerException("second"));
    handler.uncaughtException(fx, new NullPointerException("third"));

    assertThat(shown).hasSize(1);
    assertThat(shown.get(0)).contains("(NullPointerException: first) stopped an action in the window");
    assertThat(handler.unshownCount()).isEqualTo(2);

    closers.get(0).run();
    handler.uncaughtException(fx, new NullPointerException("fourth"));
    assertThat(shown).hasSize(2);
    assertThat(shown.get(1)).contains("fourth");
  }

  @Test
  void whenNoReportCanBeWrittenTheLogIsNamed() throws Exception {
    Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
    CrashHandler handler = handler(blocked);

    handler.uncaughtException(new Thread(() -> { }, "exporter"), new OutOfMemoryError("Java heap space"));

    assertThat(shown).containsExactly(CrashHandler.HEADING + " | An unexpected error (OutOfMemoryError: Java heap "
        + "space) stopped the task on thread 'exporter'; no crash report could be written, the details are in the log "
        + blocked.resolve("workbench.log") + ".");
  }

  @Test
  void installingMakesItTheDefaultHandler() {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    try {
      CrashHandler handler = handler(dir);
      handler.installAsDefault();
      assertThat(Thread.getDefaultUncaughtExceptionHandler()).isSameAs(handler);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }
}
