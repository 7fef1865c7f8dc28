package org.modelworkbench.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's CSV file: 12 mixed columns, about 100 bytes a row, seeded so every run
 * gets the same bytes.
 *
 * <p>Columns: {@code id} and {@code visits} (integers, visits sometimes missing), {@code amount},
 * {@code score} and {@code ratio} (decimals, ratio sometimes missing), {@code city}, {@code segment}
 * and {@code product} (categories of 50, 5 and 5,000 values), {@code signup} and {@code last_seen}
 * (dates, last_seen sometimes missing), {@code active} (true/false) and {@code age} (integers).
 */
public final class BenchmarkCsv {
  /** The header, in file order. */
  public static final String[] COLUMNS = {"id", "visits", "amount", "score", "ratio", "city", "segment", "product",
      "signup", "last_seen", "active", "age"};
  /** The H2 type of each column, for the CSVREAD baseline's typed table. */
  static final String[] SQL_TYPES = {"BIGINT", "BIGINT", "DOUBLE PRECISION", "DOUBLE PRECISION",
      "DOUBLE PRECISION", "CHARACTER VARYING", "CHARACTER VARYING", "CHARACTER VARYING", "DATE", "DATE", "BOOLEAN",
      "BIGINT"};
  private static final String[] SEGMENTS = {"consumer", "small business", "enterprise", "public sector", "partner"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  private BenchmarkCsv() {}

  /**
   * Writes the file.
   *
   * @param file where to write it
   * @param rows how many data rows
   */
  public static void write(Path file, int rows) throws IOException {
    SplittableRandom random = new SplittableRandom(20261128L);
    String[] cities = new String[50];
    for (int i = 0; i < cities.length; i++) {
      cities[i] = "City " + (char) ('A' + i % 26) + (i / 26 == 0 ? "" : "-" + i / 26);
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", COLUMNS));
      out.write('\n');
      StringBuilder line = new StringBuilder(160);
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        line.append(r + 1_000_000L).append(',');
        if (random.nextInt(20) != 0) {
          line.append(random.nextInt(500));
        }
        line.append(',').append(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 5000));
        line.append(',').append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
        line.append(',');
        if (random.nextInt(10) != 0) {
          line.append(String.format(Locale.ROOT, "%.4f", random.nextDouble()));
        }
        line.append(',').append(cities[random.nextInt(cities.length)]);
        line.append(',').append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
        line.append(",P-").append(String.format(Locale.ROOT, "%05d", random.nextInt(5000)));
        LocalDate signup = FIRST_DAY.plusDays(random.nextInt(3000));
        line.append(',').append(signup);
        line.append(',');
        if (random.nextInt(8) != 0) {
          line.append(signup.plusDays(random.nextInt(600)));
        }
        line.append(',').append(random.nextBoolean() ? "true" : "false");
        line.append(',').append(18 + random.nextInt(70)).append('\n');
        out.append(line);
      }
    }
  }
}
