package org.modelworkbench.benchmarks.performance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a numeric classification CSV: features {@code f0..fN-1} and a {@code label} of 10
 * classes {@code c0..c9}. Each class has a centre drawn from a normal distribution, and a row is its
 * class's centre plus normal noise of standard deviation 2, so the classes overlap and a model has
 * something to learn (the same recipe as the file of the first measurements). The centres
 * depend only on the feature count, so a small training file and a large scoring file with the same
 * width come from the same classes.
 */
final class ClassesCsv {
  /** Classes in every file. */
  static final int CLASSES = 10;
  private static final double NOISE = 2.0;

  private ClassesCsv() {}

  /**
   * Writes the file, unless it is already there (it depends only on the arguments).
   *
   * @param file where to write it
   * @param rows data rows
   * @param features numeric columns before the label
   * @param seed seed of the rows (the centres have their own)
   * @return the file
   */
  static Path write(Path file, int rows, int features, long seed) throws IOException {
    if (Files.exists(file)) {
      return file;
    }
    SplittableRandom centres = new SplittableRandom(1_000L + features);
    double[][] centre = new double[CLASSES][features];
    for (double[] c : centre) {
      for (int j = 0; j < features; j++) {
        c[j] = centres.nextGaussian();
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder(features * 10 + 8);
      for (int j = 0; j < features; j++) {
        line.append('f').append(j).append(',');
      }
      out.append(line).append("label\n");
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        int k = random.nextInt(CLASSES);
        for (int j = 0; j < features; j++) {
          appendFixed(line, centre[k][j] + NOISE * random.nextGaussian());
          line.append(',');
        }
        line.append('c').append(k).append('\n');
        out.append(line);
      }
    }
    return Files.move(partial, file);
  }

  /**
   * Appends a number with five decimals ("-1.25000"), as String.format would, many times faster:
   * the scoring file has 16 million of them.
   */
  static void appendFixed(StringBuilder out, double value) {
    long scaled = Math.round(value * 100_000);
    if (scaled < 0) {
      out.append('-');
      scaled = -scaled;
    }
    out.append(scaled / 100_000).append('.');
    String decimals = Long.toString(scaled % 100_000);
    for (int i = decimals.length(); i < 5; i++) {
      out.append('0');
    }
    out.append(decimals);
  }
}
