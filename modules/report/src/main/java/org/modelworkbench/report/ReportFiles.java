package org.modelworkbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes a report file all at once: into a temporary file next to the target, then moved over it,
 * so a failure half-way never leaves a broken report where a good one was.
 */
final class ReportFiles {
  /** Writes the file's bytes to a stream. */
  @FunctionalInterface
  interface Content {
    /** Writes everything to the stream. */
    void writeTo(OutputStream out) throws IOException;
  }

  private ReportFiles() {}

  /**
   * Writes the file, creating missing parent folders.
   *
   * @throws WorkbenchException with a plain message when the file cannot be written
   */
  static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      // Not Files.createTempFile: it makes owner-only files, and a report is meant to be shared.
      temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new WorkbenchException("Could not write the report to " + absolute + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // The original failure matters more than a leftover temporary file.
    }
  }
}
