package org.modelworkbench.services.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.modelworkbench.model.WorkbenchException;

/** Copies and deletes folder trees; symbolic links are refused, never followed. */
final class TreeCopy {
  private TreeCopy() {}

  /** Copies the files under {@code from} into {@code to}, creating folders as needed. */
  static void copy(Path from, Path to) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(from)) {
      paths = walk.sorted().toList();
    }
    for (Path source : paths) {
      if (Files.isSymbolicLink(source)) {
        throw new WorkbenchException(source.getFileName() + " in " + from.getFileName()
            + " is a symbolic link; copy the real files into the model folder and import again.");
      }
      Path target = to.resolve(from.relativize(source).toString()).normalize();
      if (!target.startsWith(to)) {
        throw new WorkbenchException(source + " would land outside " + to + ".");
      }
      if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
  }

  /** Deletes a folder tree, ignoring failures. */
  static void deleteQuietly(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Left behind; the next import of the same content overwrites it.
        }
      });
    } catch (IOException e) {
      // Nothing more to do.
    }
  }
}
