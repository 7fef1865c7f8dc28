package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Small file-system helpers: junk files to ignore, names for messages, recursive delete. */
final class Folders {
  private Folders() {}

  /**
   * Whether a file or folder name is operating-system clutter that is never data: hidden names,
   * macOS resource folders, Windows thumbnails and folder settings.
   */
  static boolean isJunk(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") || name.equals("__MACOSX") || lower.equals("thumbs.db")
        || lower.equals("desktop.ini");
  }

  /** The last part of a path, as shown to the user. */
  static String nameOf(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** The lower-case extension including the dot, such as {@code ".csv"}, or "" when none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
  }

  /** Deletes a file or a folder with everything in it, without following symlinks; no-op if absent. */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Deletes quietly, for clean-up after a failure that is already being reported. */
  static void deleteQuietly(Path root) {
    try {
      deleteRecursively(root);
    } catch (IOException ignored) {
      // The original failure matters more; a left-over temp folder is cleaned by the OS.
    }
  }
}
