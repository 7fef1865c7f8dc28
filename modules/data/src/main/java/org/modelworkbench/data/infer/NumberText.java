package org.modelworkbench.data.infer;

/** Recognises and parses whole and decimal numbers written as plain text. */
final class NumberText {
  // Long.MAX_VALUE has 19 digits; anything shorter always fits.
  private static final int SAFE_LONG_DIGITS = 18;
  // Whole numbers of up to 15 digits and powers of ten up to 1e15 are exact doubles.
  private static final int EXACT_DIGITS = 15;
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15};

  private NumberText() {}

  /** Whether the text is an optionally signed whole number that fits in a {@code long}. */
  static boolean isLong(String s) {
    int n = s.length();
    int i = signLength(s);
    if (i == n) {
      return false;
    }
    for (int k = i; k < n; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    if (n - i <= SAFE_LONG_DIGITS) {
      return true;
    }
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException tooBig) {
      return false;
    }
  }

  /**
   * The value of text accepted by {@link #isLong(String)}, or null when it is not such text; one
   * scan for the common case of at most {@value #SAFE_LONG_DIGITS} digits.
   */
  static Long parseLongOrNull(String s) {
    long[] value = new long[1];
    return parseLongInto(s, 0, s.length(), value, 0) ? Long.valueOf(value[0]) : null;
  }


  /**
   * Stores the value of the text in {@code s[from, to)}, when {@link #isLong(String)} accepts it,
   * in {@code out[at]}, as {@link #parseLongOrNull} reads it, without boxing or copying the text.
   *
   * @return false, leaving {@code out} as it was, when the text is not a whole number
   */
  static boolean parseLongInto(String s, int from, int to, long[] out, int at) {
    int i = from + signLength(s, from, to);
    if (i == to || to - i > SAFE_LONG_DIGITS) {
      String text = s.substring(from, to);
      if (!isLong(text)) {
        return false;
      }
      out[at] = Long.parseLong(text);
      return true;
    }
    long value = 0;
    for (int k = i; k < to; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    out[at] = i == from + 1 && s.charAt(from) == '-' ? -value : value;
    return true;
  }

  /**
   * Stores the value of the text in {@code s[from, to)}, when {@link #isDecimal(String, char)}
   * accepts it, in {@code out[at]}, as {@link #parseDecimalOrNull} reads it, without boxing; the
   * text is copied only when it is not a short plain decimal.
   *
   * @return false, leaving {@code out} as it was, when the text is not a decimal number
   */
  static boolean parseDecimalInto(String s, int from, int to, char separator, double[] out, int at) {
    double plain = parsePlainDecimal(s, from, to, separator);
    if (Double.isNaN(plain)) {
      String text = s.substring(from, to);
      if (!isDecimal(text, separator)) {
        return false;
      }
      plain = parseDecimal(text, separator);
    }
    out[at] = plain;
    return true;
  }

  /** Parses text accepted by {@link #isLong(String)}. */
  static long parseLong(String s) {
    return Long.parseLong(s);
  }

  /**
   * Whether the text is a decimal number: optional sign, digits with at most one decimal separator
   * (at least one digit in all), and an optional exponent such as {@code e-3}.
   *
   * @param separator the decimal separator, {@code '.'} or {@code ','}
   */
  static boolean isDecimal(String s, char separator) {
    int n = s.length();
    int i = signLength(s);
    int digits = 0;
    boolean separatorSeen = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        digits++;
      } else if (c == separator && !separatorSeen) {
        separatorSeen = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    char e = s.charAt(i);
    if (e != 'e' && e != 'E') {
      return false;
    }
    i++;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of text accepted by {@link #isDecimal(String, char)}, or null when it is not such
   * text. A short plain decimal is checked and parsed in one scan; others as before.
   */
  static Double parseDecimalOrNull(String s, char separator) {
    double plain = parsePlainDecimal(s, separator);
    if (!Double.isNaN(plain)) {
      return Double.valueOf(plain);
    }
    return isDecimal(s, separator) ? Double.valueOf(parseDecimal(s, separator)) : null;
  }

  /** Parses text accepted by {@link #isDecimal(String, char)} with the same separator. */
  static double parseDecimal(String s, char separator) {
    double plain = parsePlainDecimal(s, separator);
    if (!Double.isNaN(plain)) {
      return plain;
    }
    return Double.parseDouble(separator == '.' ? s : s.replace(separator, '.'));
  }

  /**
   * The value of a short plain decimal (optional sign, at most {@value #EXACT_DIGITS} digits, at
   * most one separator, no exponent) exactly as {@link Double#parseDouble} gives it, or NaN when
   * the text is not one. The digits as a whole number and the power of ten are both exact
   * doubles, so their IEEE quotient is the correctly rounded value, which is what parseDouble
   * returns too.
   */
  static double parsePlainDecimal(String s, char separator) {
    return parsePlainDecimal(s, 0, s.length(), separator);
  }

  /** {@link #parsePlainDecimal(String, char)} of the text in {@code s[from, to)}. */
  static double parsePlainDecimal(String s, int from, int to, char separator) {
    int i = from + signLength(s, from, to);
    boolean negative = i == from + 1 && s.charAt(from) == '-';
    long digitsValue = 0;
    int digits = 0;
    int fractionDigits = -1;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        if (++digits > EXACT_DIGITS) {
          return Double.NaN;
        }
        digitsValue = digitsValue * 10 + (c - '0');
        if (fractionDigits >= 0) {
          fractionDigits++;
        }
      } else if (c == separator && fractionDigits < 0) {
        fractionDigits = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double value = fractionDigits > 0 ? digitsValue / POWERS_OF_TEN[fractionDigits] : digitsValue;
    return negative ? -value : value;
  }


  private static int signLength(String s) {
    return signLength(s, 0, s.length());
  }

  private static int signLength(String s, int from, int to) {
    return from < to && (s.charAt(from) == '-' || s.charAt(from) == '+') ? 1 : 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
