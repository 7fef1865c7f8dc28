package org.modelworkbench.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the browsing benchmark's CSV file: the import benchmark's 12 columns plus {@code ref}, a
 * near-unique text ({@code REF-} or {@code ref-} and a base-36 number; about 95 % of a million rows
 * have a value of their own), so that the text dictionary fills up and most rows get a dictionary
 * entry of their own.
 */
final class ViewBenchmarkCsv {
  /** The numbers drawn after the prefix. */
  private static final long REF_RANGE = 5_000_000L;

  private ViewBenchmarkCsv() {}

  /**
   * Writes the file.
   *
   * @param file where to write it
   * @param rows how many data rows
   */
  static void write(Path file, int rows) throws IOException {
    // The import benchmark's generator is left untouched (its figures are compared across changes);
    // its file is written beside this one and extended by a column.
    Path plain = file.resolveSibling(file.getFileName() + ".plain");
    BenchmarkCsv.write(plain, rows);
    SplittableRandom random = new SplittableRandom(20261130L);
    try (BufferedReader in = Files.newBufferedReader(plain, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(in.readLine());
      out.write(",ref\n");
      StringBuilder line = new StringBuilder(200);
      for (String read = in.readLine(); read != null; read = in.readLine()) {
        line.setLength(0);
        line.append(read).append(',').append(random.nextBoolean() ? "REF-" : "ref-")
            .append(Long.toString(random.nextLong(REF_RANGE), 36)).append('\n');
        out.append(line);
      }
    } finally {
      Files.deleteIfExists(plain);
    }
  }
}
