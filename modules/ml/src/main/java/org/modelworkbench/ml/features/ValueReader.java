package org.modelworkbench.ml.features;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.modelworkbench.model.DataTable;

/**
 * Reads a stored cell as a number, a flag or a category, whatever Java type it came in with, since
 * a prediction file may be typed differently from the training file.
 */
final class ValueReader {
  private ValueReader() {}

  /** The cell as a number, or NaN when missing or not readable as one. */
  static double number(Object value) {
    double d = value instanceof String s ? parseNumber(s.trim()) : DataTable.toDouble(value);
    return Double.isFinite(d) ? d : Double.NaN;
  }

  private static double parseNumber(String text) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException notANumber) {
      // Dates may arrive as text when the prediction file's column was read as categorical.
      try {
        return LocalDate.parse(text).toEpochDay();
      } catch (DateTimeParseException notADate) {
        try {
          return LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException notATimestamp) {
          return Double.NaN;
        }
      }
    }
  }

  /** The cell as a flag, or null when missing or not readable as one. */
  static Boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
    }
    if (value instanceof String s) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "true", "t", "yes", "y", "1":
          return Boolean.TRUE;
        case "false", "f", "no", "n", "0":
          return Boolean.FALSE;
        default:
          return null;
      }
    }
    return null;
  }

  /** The cell as category text, or null when missing or blank. */
  static String category(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }

  /**
   * Another spelling of a numeric cell's category: a whole {@code Double} also as {@code "3"}, a
   * {@code Long} also as {@code "3.0"}, so a category column read as numbers still matches.
   *
   * @return the other spelling, or null when there is none
   */
  static String alternativeCategory(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue() + ".0";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
    }
    return null;
  }
}
