package org.modelworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers the benchmarks share. */
public final class BenchFiles {
  private BenchFiles() {}

  /**
   * Deletes a folder and everything in it (a benchmark's project or scratch folder between rounds).
   *
   * @param root the folder; nothing happens when it does not exist
   * @throws IOException when a file cannot be deleted
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
