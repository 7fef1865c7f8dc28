package org.modelworkbench.data.infer;

/**
 * Infers one column's format from all of its values: it keeps the set of formats that every value
 * seen so far fits, and picks the most preferred one at the end.
 *
 * <p>Once only {@link ValueFormat#TEXT} is left the column stops testing values, so wide text
 * columns cost next to nothing. A column without any value is text.
 */
public final class ColumnTypeInferrer {
  private static final ValueFormat[] FORMATS = ValueFormat.values();
  private static final int TEXT_ONLY = 1 << ValueFormat.TEXT.ordinal();

  // One bit per ValueFormat ordinal; a set bit means every value so far fits that format.
  private int candidates;
  private long values;

  /**
   * Creates an inferrer for one column.
   *
   * @param decimalCommaAllowed whether {@code 1,5} may be a decimal number (false when the file's
   *     delimiter is a comma, where such a value can only be text)
   */
  public ColumnTypeInferrer(boolean decimalCommaAllowed) {
    candidates = (1 << FORMATS.length) - 1;
    if (!decimalCommaAllowed) {
      candidates &= ~(1 << ValueFormat.DECIMAL_COMMA.ordinal());
    }
  }

  /**
   * Takes one value into account.
   *
   * @param value a trimmed, non-missing cell (see {@link MissingValues#trimToNull(String)})
   */
  public void accept(String value) {
    values++;
    if (candidates == TEXT_ONLY) {
      return;
    }
    int remaining = candidates;
    for (ValueFormat format : FORMATS) {
      int bit = 1 << format.ordinal();
      if (format != ValueFormat.TEXT && (remaining & bit) != 0 && !format.accepts(value)) {
        remaining &= ~bit;
      }
    }
    candidates = remaining;
  }

  /** How many non-missing values were seen. */
  public long valueCount() {
    return values;
  }

  /** The most preferred format that fits every value seen, or text when no value was seen. */
  public ValueFormat result() {
    if (values == 0) {
      return ValueFormat.TEXT;
    }
    for (ValueFormat format : FORMATS) {
      if ((candidates & (1 << format.ordinal())) != 0) {
        return format;
      }
    }
    return ValueFormat.TEXT;
  }
}
