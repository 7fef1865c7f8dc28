package org.modelworkbench.data.quality;

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
    String[] groups = datePart.split("[-/.]", -1);
    if (groups.length != 3) {
      return false;
    }
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

  private static boolean isTime(String s) {
    return s.matches("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
  }
}
