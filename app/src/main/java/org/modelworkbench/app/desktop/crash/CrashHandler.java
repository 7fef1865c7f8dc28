package org.modelworkbench.app.desktop.crash;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught, on the JavaFX thread and on every other thread: logs it,
 * writes a crash report, and has the window say in one sentence what failed and where the report
 * is. Only one message shows at a time; errors while it is open are logged and reported but not
 * shown again (an error in a layout pass repeats on every frame).
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
  /** The heading of the message. */
  public static final String HEADING = "Model Workbench hit an unexpected error";

  private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

  private final CrashReport reports;
  private final Path logFile;
  private final Executor ui;
  private final CrashDisplay display;
  private final AtomicBoolean showing = new AtomicBoolean();
  private final AtomicInteger unshown = new AtomicInteger();

  /**
   * Creates the handler.
   *
   * @param reports writes the crash reports
   * @param logFile the log file, named when a report cannot be written
   * @param ui runs the display on the UI thread
   * @param display tells the user
   */
  public CrashHandler(CrashReport reports, Path logFile, Executor ui, CrashDisplay display) {
    this.reports = reports;
    this.logFile = logFile;
    this.ui = ui;
    this.display = display;
  }

  /** Makes this the handler of every thread that has none of its own. */
  public void installAsDefault() {
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  /** Makes this the handler of one thread (the JavaFX thread, from that thread). */
  public void installOn(Thread thread) {
    thread.setUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    try {
      LOG.error("Uncaught error on thread '{}'", thread == null ? "?" : thread.getName(), error);
      Path report = null;
      try {
        report = reports.write(thread, error);
        LOG.error("Crash report written to {}", report);
      } catch (Exception | Error e) {
        LOG.error("Could not write a crash report to {}", reports.folder(), e);
      }
      String sentence = sentence(thread, error, report, logFile);
      if (showing.compareAndSet(false, true)) {
        ui.execute(() -> {
          try {
            display.show(HEADING, sentence, error, () -> showing.set(false));
          } catch (RuntimeException e) {
            showing.set(false);
            LOG.error("Could not show the error message", e);
          }
        });
      } else {
        unshown.incrementAndGet();
      }
    } catch (Throwable last) {
      // Never throw from here: the JVM would only print it to a stderr nobody sees.
      last.addSuppressed(error);
      System.err.println("Model Workbench: " + last);
    }
  }

  /** How many errors were reported while a message was already open. */
  public int unshownCount() {
    return unshown.get();
  }

  /**
   * "An unexpected error (NullPointerException: boom) stopped an action in the window; the crash
   * report is /home/ana/.local/state/modelworkbench/logs/crash-20261207-101500.txt."
   */
  static String sentence(Thread thread, Throwable error, Path report, Path logFile) {
    String what = error == null ? "unknown" : error.getClass().getSimpleName()
        + (error.getMessage() == null || error.getMessage().isBlank() ? "" : ": " + firstLine(error.getMessage()));
    String where = where(thread);
    String details = report != null ? "the crash report is " + report
        : "no crash report could be written, the details are in the log " + logFile;
    return "An unexpected error (" + what + ") stopped " + where + "; " + details + ".";
  }

  private static String where(Thread thread) {
    if (thread == null) {
      return "the app";
    }
    String name = thread.getName();
    if (name.equals("JavaFX Application Thread")) {
      return "an action in the window";
    }
    if (name.startsWith(JobRunner.THREAD_PREFIX)) {
      return "a background job";
    }
    return "the task on thread '" + name + "'";
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
