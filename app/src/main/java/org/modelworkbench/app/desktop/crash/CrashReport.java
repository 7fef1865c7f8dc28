package org.modelworkbench.app.desktop.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.modelworkbench.model.AppVersion;

/**
 * Writes crash reports: {@code crash-YYYYMMDD-HHMMSS.txt} in the log folder, holding the app
 * version, Java, JavaFX, the OS, the thread and the full stack trace, for a bug report.
 */
public final class CrashReport {
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path folder;
  private final Clock clock;

  /**
   * Creates the writer.
   *
   * @param folder the log folder, made when missing
   * @param clock the time of the reports (their file names)
   */
  public CrashReport(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  /** The folder the reports go to. */
  public Path folder() {
    return folder;
  }

  /**
   * Writes the report of an error.
   *
   * @param thread the thread it happened on
   * @param error the error
   * @return the report file; a second report in the same second gets {@code -2}, {@code -3}, ...
   * @throws IOException when the report cannot be written
   */
  public Path write(Thread thread, Throwable error) throws IOException {
    Files.createDirectories(folder);
    ZonedDateTime now = ZonedDateTime.now(clock);
    String base = "crash-" + FILE_TIME.format(now);
    byte[] text = text(now, thread, error).getBytes(StandardCharsets.UTF_8);
    for (int n = 1; ; n++) {
      Path file = folder.resolve(base + (n == 1 ? "" : "-" + n) + ".txt");
      try {
        return Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (n >= 1000) {
          throw e;
        }
      }
    }
  }

  /** The report's text. */
  static String text(ZonedDateTime when, Thread thread, Throwable error) {
    StringWriter out = new StringWriter();
    PrintWriter text = new PrintWriter(out);
    text.println("Model Workbench crash report");
    text.println("Please attach this file to your bug report.");
    text.println();
    text.println("Time: " + when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    text.println("Version: " + AppVersion.nameAndVersion());
    text.println("Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
        + System.getProperty("java.vm.name") + ")");
    text.println("JavaFX: " + System.getProperty("javafx.runtime.version", "unknown"));
    text.println("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")");
    Runtime runtime = Runtime.getRuntime();
    text.println("Memory: " + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB used of "
        + runtime.maxMemory() / (1024 * 1024) + " MB");
    text.println("Thread: " + (thread == null ? "unknown" : "'" + thread.getName() + "'"
        + (thread.isDaemon() ? " (daemon)" : "")));
    text.println();
    if (error == null) {
      text.println("(no error was given)");
    } else {
      error.printStackTrace(text);
    }
    text.flush();
    return out.toString();
  }
}
