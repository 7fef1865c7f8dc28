package org.modelworkbench.report;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Font files found in font folders, looked up by file name (case-insensitive).
 *
 * <p>Only the names asked for are kept, and the walk is bounded in depth and in the number of
 * entries, so a huge or looping font tree costs little. The first folder that holds a name wins.
 */
final class FontFileIndex {
  /** Deep enough for /usr/share/fonts/truetype/dejavu/ and vendor sub-folders below it. */
  private static final int MAX_DEPTH = 4;
  /** Stops a pathological tree from making a report slow; real systems hold a few thousand. */
  private static final long MAX_ENTRIES = 50_000;

  private final Map<String, Path> byName;

  private FontFileIndex(Map<String, Path> byName) {
    this.byName = byName;
  }

  /**
   * Looks for the wanted file names in the folders.
   *
   * @param folders searched in order; missing or unreadable ones are skipped
   * @param wanted file names to keep, in any case
   */
  static FontFileIndex scan(List<Path> folders, Set<String> wanted) {
    Set<String> lower = new HashSet<>();
    wanted.forEach(name -> lower.add(key(name)));
    Map<String, Path> found = new HashMap<>();
    long[] entries = {0};
    for (Path folder : folders) {
      try {
        // Links are followed because distributions link font packages into the tree; a loop or
        // an unreadable entry is reported to visitFileFailed and skipped.
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = key(file.getFileName().toString());
                if (attributes.isRegularFile() && lower.contains(name)) {
                  found.putIfAbsent(name, file);
                }
                return ++entries[0] < MAX_ENTRIES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        // An unreadable folder only means fewer fonts to choose from.
      }
    }
    return new FontFileIndex(Map.copyOf(found));
  }

  /** The file with that name, if one was found. */
  Optional<Path> find(String fileName) {
    return Optional.ofNullable(byName.get(key(fileName)));
  }

  private static String key(String fileName) {
    return fileName.toLowerCase(Locale.ROOT);
  }
}
