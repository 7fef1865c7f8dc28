package org.modelworkbench.model;

import java.util.Objects;

/**
 * One condition a row must meet to be kept by a {@link RowQuery}. A missing value meets only
 * {@link Missing}.
 */
public sealed interface RowFilter {
  /** The column the condition is about. */
  String column();

  /**
   * Keeps rows whose value, written as text, contains a text, ignoring case. Numbers are written
   * plainly ({@code 2.5}, {@code 1200}), dates as {@code 2025-03-31}, yes/no as {@code true} or
   * {@code false}.
   *
   * @param column the column's exact name
   * @param text the text to look for, not empty
   */
  record Contains(String column, String text) implements RowFilter {
    /** Validates both parts. */
    public Contains {
      Objects.requireNonNull(column, "column");
      if (text == null || text.isEmpty()) {
        throw new IllegalArgumentException("The text to look for must not be empty");
      }
    }
  }

  /**
   * Keeps rows whose value, written as text as {@link Contains} does, equals a text exactly.
   *
   * @param column the column's exact name
   * @param text the text the value must equal
   */
  record EqualTo(String column, String text) implements RowFilter {
    /** Validates both parts. */
    public EqualTo {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Keeps rows of a number column whose value lies in a range. Use negative or positive infinity
   * for an open end.
   *
   * @param column the column's exact name (whole or decimal numbers)
   * @param min the lower end
   * @param minIncluded whether a value equal to {@code min} is kept
   * @param max the upper end
   * @param maxIncluded whether a value equal to {@code max} is kept
   */
  record Between(String column, double min, boolean minIncluded, double max, boolean maxIncluded)
      implements RowFilter {
    /** Validates the column and that neither end is NaN. */
    public Between {
      Objects.requireNonNull(column, "column");
      if (Double.isNaN(min) || Double.isNaN(max)) {
        throw new IllegalArgumentException("A range end must be a number");
      }
    }

    /**
     * Whether a value lies in the range.
     *
     * @param value the value
     * @return whether it is kept
     */
    public boolean contains(double value) {
      boolean aboveMin = minIncluded ? value >= min : value > min;
      boolean belowMax = maxIncluded ? value <= max : value < max;
      return aboveMin && belowMax;
    }
  }

  /**
   * Keeps only the rows where a column is missing.
   *
   * @param column the column's exact name
   */
  record Missing(String column) implements RowFilter {
    /** Validates the column. */
    public Missing {
      Objects.requireNonNull(column, "column");
    }
  }
}
