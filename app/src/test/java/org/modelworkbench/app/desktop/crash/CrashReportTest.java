package org.modelworkbench.app.desktop.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.AppVersion;

/** Crash reports are files in the log folder with what a developer needs. */
class CrashReportTest {
  private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T10:15:30Z"), ZoneId.of("UTC"));

  @TempDir
  Path dir;

  @Test
  void aReportHoldsVersionsThreadAndTheWholeStack() throws Exception {
    Path logs = dir.resolve("logs");
    Thread thread = new Thread(() -> { }, "workbench-jobs-3");
    IllegalStateException error = new IllegalStateException("table has no columns",
        new ArithmeticException("/ by zero"));

    Path report = new CrashReport(logs, NOON).write(thread, error);

    assertThat(report).isEqualTo(logs.resolve("crash-20261207-101530.txt"));
    String text = Files.readString(report);
    assertThat(text).contains("Model Workbench crash report", "Version: " + AppVersion.nameAndVersion(),
        "Java: " + System.getProperty("java.version"), "OS: " + System.getProperty("os.name"),
        "Thread: 'workbench-jobs-3'", "java.lang.IllegalStateException: table has no columns",
        "at org.modelworkbench.app.desktop.crash.CrashReportTest",
        "Caused by: java.lang.ArithmeticException: / by zero");
  }

  @Test
  void reportsInTheSameSecondDoNotOverwriteEachOther() throws Exception {
    CrashReport reports = new CrashReport(dir, NOON);
    Path first = reports.write(Thread.currentThread(), new RuntimeException("one"));
    Path second = reports.write(Thread.currentThread(), new RuntimeException("two"));

    assertThat(second.getFileName().toString()).isEqualTo("crash-20261207-101530-2.txt");
    assertThat(Files.readString(first)).contains("one");
    assertThat(Files.readString(second)).contains("two");
  }
}
