package org.modelworkbench.ml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file (a model's, an exported dataset's) so that a crash mid-write never leaves a
 * half-written file under its name: the bytes go to a temporary sibling, which then replaces the
 * target in one move.
 */
public final class AtomicFiles {
  /** Writes a file's content. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the content to the stream. */
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes the target through a temporary sibling file. When the writer fails (or is cancelled
   * with an unchecked exception), the temporary file is deleted and the target is left as it was.
   */
  public static void write(Path target, Writer writer) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        writer.write(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }
}
