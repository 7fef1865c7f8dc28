package org.modelworkbench.data.quality;

import java.util.regex.Pattern;

/**
 * What a text value looks like (dates are recognised first, so {@code 1.2.2024} is a date): a number (with an optional sign, thousands separators, a decimal
 * point or comma and an exponent), a date (three groups of digits, one of four, separated by
 * {@code -}, {@code /} or {@code .}, optionally followed by a time), or other text.
 */
enum ValueShape {
  /** Looks like a number, for example {@code -1,234.5} or {@code 12,5}. */
  NUMBER,
  /** Looks like a date, for example {@code 2024-01-31} or {@code 31.01.2024 10:15}. */
  DATE,
  /** Anything else. */
  TEXT;

  /** Compiled once: {@code String.split} and {@code matches} would compile these for every value. */
  private static final Pattern DATE_SEPARATOR = Pattern.compile("[-/.]");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  /** The shape of a value. */
  static ValueShape of(String raw) {
    String s = raw.strip();
    if (isDate(s)) {
      return DATE;
    }
    if (isNumber(s)) {
      return NUMBER;
    }
    return TEXT;
  }

  private static boolean isNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    int separators = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ((c == '.' || c == ',' || c == '\'' || c == ' ') && digits > 0 && separators < 8) {
        separators++;
      } else {
        break;
      }
      i++;
    }
    if (digits == 0 || !Character.isDigit(s.charAt(i - 1))) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDate(String s) {
    String datePart = s;
    int space = s.indexOf(' ');
    int t = s.indexOf('T');
    int cut = space > 0 ? space : t;
    if (cut > 0) {
      datePart = s.substring(0, cut);
      if (!isTime(s.substring(cut + 1))) {
        return false;
      }
    }
    // Three groups need exactly two separators: most texts stop here, before any split.
    if (separators(datePart) != 2) {
      return false;
    }
    String[] groups = DATE_SEPARATOR.split(datePart, -1);
    int fourDigitGroups = 0;
    for (String g : groups) {
      if (g.isEmpty() || g.length() > 4 || g.length() == 3 || !g.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (g.length() == 4) {
        fourDigitGroups++;
      }
    }
    return fourDigitGroups == 1;
  }

  private static int separators(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '/' || c == '.') {
        count++;
      }
    }
    return count;
  }

  private static boolean isTime(String s) {
    return TIME.matcher(s).matches();
  }
}
