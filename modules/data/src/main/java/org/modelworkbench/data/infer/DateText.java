package org.modelworkbench.data.infer;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses calendar dates in the layouts the importer knows: ISO {@code yyyy-MM-dd}, day-first
 * {@code dd/MM/yyyy} and {@code dd.MM.yyyy}, and month-first {@code MM/dd/yyyy}. Day and month may
 * have one or two digits in the non-ISO layouts; the year always has four. Impossible dates such
 * as 31/02/2020 are rejected.
 */
final class DateText {
  private DateText() {}

  /** An ISO {@code yyyy-MM-dd} date, or null. */
  static LocalDate parseIso(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    return date(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
  }

  /** Returned by {@link #isoEpochDay} for text that is not an ISO date. */
  static final long NOT_A_DATE = Long.MIN_VALUE;

  /**
   * The epoch day of the ISO date {@code s[from, to)}, as {@link #parseIso} reads it, without
   * making a {@code LocalDate}; {@link #NOT_A_DATE} when it is not one.
   */
  static long isoEpochDay(String s, int from, int to) {
    if (to - from != 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return NOT_A_DATE;
    }
    int year = number(s, from, from + 4);
    int month = number(s, from + 5, from + 7);
    int day = number(s, from + 8, from + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return NOT_A_DATE;
    }
    return epochDay(year, month, day);
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date (the days-from-civil count). */
  private static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** A day-first date such as {@code 31/12/2020} (with the given separator), or null. */
  static LocalDate parseDayFirst(String s, char separator) {
    int[] parts = splitDate(s, separator);
    return parts == null ? null : date(parts[2], parts[1], parts[0]);
  }

  /** A month-first date such as {@code 12/31/2020} (with the given separator), or null. */
  static LocalDate parseMonthFirst(String s, char separator) {
    int[] parts = splitDate(s, separator);
    return parts == null ? null : date(parts[2], parts[0], parts[1]);
  }

  /** Splits {@code a<sep>b<sep>yyyy} with one or two digits in a and b; null when it does not fit. */
  private static int[] splitDate(String s, char separator) {
    int n = s.length();
    if (n < 8 || n > 10) {
      return null;
    }
    int first = s.indexOf(separator);
    int second = first < 0 ? -1 : s.indexOf(separator, first + 1);
    if (first < 1 || first > 2 || second - first - 1 < 1 || second - first - 1 > 2
        || n - second - 1 != 4) {
      return null;
    }
    return new int[] {number(s, 0, first), number(s, first + 1, second), number(s, second + 1, n)};
  }

  /** The digits in {@code [from, to)} as a number, or -1 when any is not a digit. */
  static int number(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!NumberText.isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException impossibleDay) {
      return null;
    }
  }
}
