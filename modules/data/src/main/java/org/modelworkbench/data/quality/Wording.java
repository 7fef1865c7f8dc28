package org.modelworkbench.data.quality;

import java.math.BigDecimal;
import java.util.Locale;

/** Formats numbers, shares, names and values the same way in every finding's message. */
final class Wording {
  /** Longest value shown as an example before it is shortened. */
  private static final int MAX_VALUE_LENGTH = 40;

  private Wording() {}

  /** A count with thousands separators, for example {@code "40,000"}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A count followed by "row" or "rows", for example {@code "1 row"} or {@code "12 rows"}. */
  static String rows(long n) {
    return count(n) + (n == 1 ? " row" : " rows");
  }

  /** A share as a percentage with one decimal, for example {@code "9.0 %"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100.0);
  }

  /** A share {@code part / whole} as a percentage, or {@code "0.0 %"} when whole is 0. */
  static String percent(long part, long whole) {
    return percent(whole == 0 ? 0.0 : (double) part / whole);
  }

  /** A column name in single quotes. */
  static String name(String column) {
    return "'" + column + "'";
  }

  /**
   * A value in single quotes, shortened when long: numbers without exponent or trailing zeros,
   * everything else as its text.
   */
  static String value(Object v) {
    String text;
    if (v == null) {
      text = "(empty)";
    } else if (v instanceof Double d && Double.isFinite(d)) {
      text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    } else {
      text = v.toString();
    }
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
    return "'" + text + "'";
  }

  /** A text in quotes on one line (runs of spaces and line breaks as one space), shortened when long. */
  static String snippet(String text) {
    return value(text.strip().replaceAll("\\s+", " "));
  }

  /**
   * Row numbers as the dataset view shows them (the first row is 1), for example
   * {@code "rows 4, 19 and 230"} or {@code "row 7"}.
   *
   * @param rows row indexes, counting from 0, in the order to name them
   */
  static String rowNumbers(java.util.List<Integer> rows) {
    StringBuilder sb = new StringBuilder(rows.size() == 1 ? "row " : "rows ");
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        sb.append(i == rows.size() - 1 ? " and " : ", ");
      }
      sb.append(count(rows.get(i) + 1L));
    }
    return sb.toString();
  }

  /** The note appended to a message whose numbers come from a sample of the rows. */
  static String sampleNote(int sampleSize, int total) {
    return sampleSize < total ? " (estimated from a sample of " + count(sampleSize) + " rows)" : "";
  }
}
