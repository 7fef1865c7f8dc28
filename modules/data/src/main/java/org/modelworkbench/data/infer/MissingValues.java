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

  // Switching on length first keeps the common case (a real value) to one comparison.
  private static boolean isMissingToken(String v) {
    switch (v.length()) {
      case 0:
        return true;
      case 1:
        return v.charAt(0) == '?';
      case 2:
        return v.equalsIgnoreCase("NA");
      case 3:
        return v.equalsIgnoreCase("N/A") || v.equalsIgnoreCase("NaN");
      case 4:
        return v.equalsIgnoreCase("null") || v.equalsIgnoreCase("None");
      default:
        return false;
    }
  }
}
