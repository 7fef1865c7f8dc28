package org.modelworkbench.ml.training;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a file (a model's, an exported dataset's) or a model folder so that a crash mid-write
 * never leaves a half-written one under its name: the content goes to a temporary sibling, which
 * then takes the target's name in one move.
 */
public final class AtomicFiles {
  /** Writes a file's content. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the content to the stream. */
    void write(OutputStream out) throws IOException;
  }

  /** Writes a folder's content. */
  @FunctionalInterface
  public interface FolderWriter {
    /** Writes the content into the (new, not yet existing) folder. */
    void write(Path folder) throws IOException;
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

  /**
   * Writes a new folder through a temporary sibling folder, then renames it into place. A folder
   * cannot be renamed over another, so an existing target is deleted first: the target is then
   * either absent or complete, never half-written.
   */
  public static void writeFolder(Path target, FolderWriter writer) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    deleteTree(temp); // left by a crash mid-write
    Files.createDirectories(target.toAbsolutePath().getParent());
    writer.write(temp);
    deleteTree(target);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
