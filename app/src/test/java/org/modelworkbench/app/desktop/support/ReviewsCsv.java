package org.modelworkbench.app.desktop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A small CSV of customer reviews for the text tests and screenshots: a free-text {@code review}
 * (some over two lines, some mentioning a "late delivery" in any case), the {@code product}, the
 * {@code city} and the {@code rating} label ({@code great} or {@code other}).
 */
public final class ReviewsCsv {
  /** The number of rows written. */
  public static final int ROWS = 120;

  private ReviewsCsv() {}

  /** Writes the CSV to a file and returns it. */
  public static Path write(Path file) {
    String[] products = {"Kettle", "Desk lamp", "Office chair", "Headset", "Backpack"};
    String[] good = {"works better than I expected and looks lovely on the kitchen counter",
        "is quiet, sturdy and easy to clean after a long week", "arrived well packed and was set up in five minutes",
        "has a battery that lasts for days, even with heavy use"};
    String[] bad = {"stopped working after three days and support never answered",
        "came with a cracked lid and a manual in the wrong language", "is much smaller than the pictures suggest",
        "rattles loudly whenever it is switched on"};
    String[] cities = {"New York", "San Francisco", "Berlin", "Oslo"};
    Random random = new Random(17);
    StringBuilder csv = new StringBuilder("review,product,city,rating\n");
    for (int r = 0; r < ROWS; r++) {
      boolean great = random.nextInt(10) < 6;
      String product = products[random.nextInt(products.length)];
      String review = "The " + product.toLowerCase(java.util.Locale.ROOT) + " I ordered in week " + (1 + random.nextInt(52))
          + " " + (great ? good : bad)[random.nextInt(4)] + "."
          + (r % 9 == 4 ? " Sadly it was a LATE DELIVERY, eight days instead of two." : "")
          + (r % 9 == 7 ? " Late delivery aside, fine." : "")
          + (r % 5 == 2 ? "\nWould " + (great ? "buy it again." : "not order it again.") : "");
      csv.append('"').append(review.replace("\"", "\"\"")).append("\",").append(product).append(',')
          .append(cities[random.nextInt(cities.length)]).append(',').append(great ? "great" : "other").append('\n');
    }
    try {
      return Files.writeString(file, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many reviews mention a late delivery, in any case. */
  public static int lateDeliveries() {
    int count = 0;
    for (int r = 0; r < ROWS; r++) {
      if (r % 9 == 4 || r % 9 == 7) {
        count++;
      }
    }
    return count;
  }
}
