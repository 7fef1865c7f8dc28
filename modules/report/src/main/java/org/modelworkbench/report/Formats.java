package org.modelworkbench.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns numbers, times and missing values into text for people.
 *
 * <p>The report is written in English, so numbers always use English separators ("12,345.6"),
 * whatever the machine's locale: a report mailed abroad must read the same.
 */
final class Formats {
  /** Shown for a value that does not exist or is not a finite number. */
  static final String NOT_AVAILABLE = "n/a";
  /** Shown for an empty cell. */
  static final String NONE = "\u2014";

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter STAT_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

  private Formats() {}

  /** A count with thousands separators: 12345 becomes "12,345". */
  static String count(long n) {
    return pattern("#,##0").format(n);
  }

  /** A share between 0 and 1 as a percentage with one decimal: 0.9737 becomes "97.4 %". */
  static String percent(double share) {
    if (!Double.isFinite(share)) {
      return NOT_AVAILABLE;
    }
    return pattern("#,##0.0").format(share * 100) + " %";
  }

  /** The share {@code part / whole} as a percentage, or "n/a" when the whole is zero. */
  static String percentOf(long part, long whole) {
    return whole <= 0 ? NOT_AVAILABLE : percent((double) part / whole);
  }

  /** A number with a fixed count of decimals, for losses and scores: "0.2346". */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return pattern("#,##0." + "0".repeat(decimals)).format(value);
  }

  /** A loss with four decimals. */
  static String loss(double value) {
    return fixed(value, 4);
  }

  /**
   * A measured number (a mean, an error in target units) with about four significant digits:
   * whole numbers stay whole, large numbers get separators, small ones keep their leading digits.
   */
  static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    double abs = Math.abs(value);
    if (value == Math.rint(value) && abs < 1e15) {
      return pattern("#,##0").format(value);
    }
    if (abs >= 10_000) {
      return pattern("#,##0").format(value);
    }
    if (abs >= 100) {
      return pattern("#,##0.#").format(value);
    }
    if (abs >= 10) {
      return pattern("0.##").format(value);
    }
    if (abs >= 1) {
      return pattern("0.###").format(value);
    }
    if (abs >= 1e-4) {
      // Four significant digits below one: 0.01234 keeps its 1234.
      int leadingZeros = (int) Math.floor(-Math.log10(abs));
      return pattern("0." + "#".repeat(leadingZeros + 4)).format(value);
    }
    return pattern("0.###E0").format(value);
  }

  /**
   * A point in time in the given zone: "2025-03-14 09:26 CET", with no-break spaces, so that a
   * narrow column never breaks a timestamp over two lines.
   */
  static String dateTime(Instant instant, ZoneId zone) {
    return instant == null ? NONE : unbroken(DATE_TIME.format(instant.atZone(zone)));
  }

  /** A size in bytes in binary units: "7.8 GB". */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return pattern("0.0").format(value) + " " + units[unit];
  }

  /** The text itself, or a dash when it is null or blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  /** An epoch-day number as an ISO date, as column statistics of date columns are stored. */
  static String epochDay(double value) {
    return Double.isFinite(value) ? LocalDate.ofEpochDay(Math.round(value)).toString() : NOT_AVAILABLE;
  }

  /**
   * An epoch-second number as a UTC date and time, as timestamps are stored as numbers. Unlike
   * {@link #dateTime}, it may wrap between date and time: in a column table of many columns the
   * names need the room more.
   */
  static String epochSecond(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return STAT_TIMESTAMP.format(LocalDateTime.ofEpochSecond(Math.round(value), 0, ZoneOffset.UTC));
  }

  /** The text with its spaces made no-break spaces: it wraps as one word. */
  private static String unbroken(String text) {
    return text.replace(' ', '\u00A0');
  }

  /** "Completed" from "COMPLETED": an enum label as a word at the start of a sentence. */
  static String capitalized(String label) {
    if (label == null || label.isEmpty()) {
      return NONE;
    }
    String lower = label.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  // DecimalFormat is not thread-safe, so each call gets its own instance.
  private static DecimalFormat pattern(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
