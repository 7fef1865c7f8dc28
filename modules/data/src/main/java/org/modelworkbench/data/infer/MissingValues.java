package org.modelworkbench.data.infer;

/**
 * The tokens that mean "no value" in a cell: empty, {@code NA}, {@code N/A}, {@code NaN},
 * {@code null}, {@code None} and {@code ?}, in any case and with surrounding blanks.
 */
public final class MissingValues {
  private MissingValues() {}

  /**
   * Whether a cell holds a missing-value token.
   *
   * @param value the cell text, trimmed or not; null counts as missing
   * @return true when the cell is missing
   */
  public static boolean isMissing(String value) {
    return value == null || isMissingToken(value.trim());
  }

  /**
   * Cleans a cell for typing: trims it and maps missing-value tokens to null.
   *
   * @param raw the cell text as read
   * @return the trimmed text, or null when the cell is missing
   */
  public static String trimToNull(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.trim();
    return isMissingToken(value) ? null : value;
  }

  /**
   * Whether the trimmed cell {@code text[from, to)} holds a missing-value token, as {@link
   * #trimToNull} decides, without copying it.
   */
  public static boolean isMissingToken(String text, int from, int to) {
    // Switching on length first keeps the common case (a real value) to one comparison. Letters
    // are compared after setting their lower-case bit: for these ASCII letters that decides what
    // equalsIgnoreCase decides, with much less code for the JIT compiler than regionMatches.
    switch (to - from) {
      case 0:
        return true;
      case 1:
        return text.charAt(from) == '?';
      case 2:
        return letter(text, from, 'n') && letter(text, from + 1, 'a');
      case 3:
        return letter(text, from, 'n') && (text.charAt(from + 1) == '/' && letter(text, from + 2, 'a')
            || letter(text, from + 1, 'a') && letter(text, from + 2, 'n'));
      case 4:
        return letter(text, from, 'n') && (letter(text, from + 1, 'u') && letter(text, from + 2, 'l')
            && letter(text, from + 3, 'l')
            || letter(text, from + 1, 'o') && letter(text, from + 2, 'n') && letter(text, from + 3, 'e'));
      default:
        return false;
    }
  }

  /** Whether the character at i is the given lower-case ASCII letter in either case. */
  private static boolean letter(String text, int i, char lowerCase) {
    return (text.charAt(i) | 0x20) == lowerCase;
  }

  private static boolean isMissingToken(String v) {
    return isMissingToken(v, 0, v.length());
  }

}
