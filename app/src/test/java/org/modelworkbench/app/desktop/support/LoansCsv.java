package org.modelworkbench.app.desktop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A small loans CSV for the dataset-view tests: an ID column, a number with gaps, a city, a column
 * that leaks the target, and the target {@code defaulted}.
 */
public final class LoansCsv {
  /** The number of rows written. */
  public static final int ROWS = 300;

  private LoansCsv() {}

  /** Writes the CSV to a file and returns it. */
  public static Path write(Path file) {
    Random random = new Random(11);
    String[] cities = {"Berlin", "Bern", "Oslo", "Lyon", "Porto"};
    StringBuilder csv = new StringBuilder("customer_id,amount,city,closing_code,defaulted\n");
    for (int r = 0; r < ROWS; r++) {
      boolean defaulted = random.nextInt(10) < 3;
      String amount = r % 10 == 4 ? "" : String.format(Locale.ROOT, "%.2f", 100 + random.nextInt(90_000) / 10.0);
      csv.append(100_000 + r * 7).append(',').append(amount).append(',')
          .append(cities[random.nextInt(cities.length)]).append(',')
          .append(defaulted ? "C" + random.nextInt(3) : "").append(',')
          .append(defaulted ? "yes" : "no").append('\n');
    }
    try {
      return Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
