package org.modelworkbench.data.infer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parses ISO-like timestamps: {@code yyyy-MM-ddTHH:mm}, optionally with {@code :ss} and a
 * fraction of a second, and the same with a space instead of the {@code T}. Time zones are not
 * accepted: such a column stays text rather than silently losing its offset.
 */
final class TimestampText {
  private static final int DATE_LENGTH = 10;
  private static final int MAX_FRACTION_DIGITS = 9;

  private TimestampText() {}

  /** The timestamp, or null when the text does not fit. */
  static LocalDateTime parse(String s) {
    int n = s.length();
    if (n < DATE_LENGTH + 6 || (s.charAt(DATE_LENGTH) != 'T' && s.charAt(DATE_LENGTH) != ' ')) {
      return null;
    }
    LocalDate date = DateText.parseIso(s.substring(0, DATE_LENGTH));
    if (date == null || s.charAt(13) != ':') {
      return null;
    }
    int hour = DateText.number(s, 11, 13);
    int minute = DateText.number(s, 14, 16);
    int second = 0;
    int nanos = 0;
    int i = 16;
    if (i < n) {
      if (s.charAt(i) != ':' || n < i + 3) {
        return null;
      }
      second = DateText.number(s, i + 1, i + 3);
      i += 3;
      if (i < n) {
        int digits = n - i - 1;
        if (s.charAt(i) != '.' || digits < 1 || digits > MAX_FRACTION_DIGITS) {
          return null;
        }
        nanos = DateText.number(s, i + 1, n);
        if (nanos < 0) {
          return null;
        }
        for (int k = digits; k < MAX_FRACTION_DIGITS; k++) {
          nanos *= 10;
        }
      }
    }
    if (hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute, second, nanos);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }
}
