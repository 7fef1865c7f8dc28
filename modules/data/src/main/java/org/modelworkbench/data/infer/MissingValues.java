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
    // Switching on length first keeps the common case (a real value) to one comparison.
    switch (to - from) {
      case 0:
        return true;
      case 1:
        return text.charAt(from) == '?';
      case 2:
        return text.regionMatches(true, from, "NA", 0, 2);
      case 3:
        return text.regionMatches(true, from, "N/A", 0, 3) || text.regionMatches(true, from, "NaN", 0, 3);
      case 4:
        return text.regionMatches(true, from, "null", 0, 4) || text.regionMatches(true, from, "None", 0, 4);
      default:
        return false;
    }
  }

  private static boolean isMissingToken(String v) {
    return isMissingToken(v, 0, v.length());
  }

}
