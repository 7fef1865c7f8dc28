package org.modelworkbench.ml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a model file so that a crash mid-write never leaves a half-written file under its name:
 * the bytes go to a temporary sibling, which then replaces the target in one move.
 */
public final class AtomicFiles {
  /** Writes a file's content. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the content to the stream. */
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes the target through a temporary sibling file. */
  public static void write(Path target, Writer writer) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
      writer.write(out);
    }
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
