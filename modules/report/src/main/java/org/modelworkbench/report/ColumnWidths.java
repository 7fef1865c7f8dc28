package org.modelworkbench.report;

import java.util.Arrays;

/**
 * Shares a table's width among its columns the way browsers lay out automatic tables: every column
 * gets at least its longest word, so text wraps between words rather than inside them, and the
 * room left over goes to the columns that need more to show their text on one line.
 *
 * <p>When the longest words alone are too wide, the columns with the longest words give way first
 * (a file path, a hash, a long snake_case name wraps inside itself), so the short words of the
 * other columns stay whole.
 */
final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * Column widths that add up to the available width.
   *
   * @param natural per column, the width that shows its widest cell on one line
   * @param longestWord per column, the width of its longest word
   * @param available the width of the table
   */
  static float[] share(float[] natural, float[] longestWord, float available) {
    int n = natural.length;
    float[] minimum = new float[n];
    for (int c = 0; c < n; c++) {
      minimum[c] = Math.min(longestWord[c], natural[c]);
    }
    float naturalTotal = sum(natural);
    float[] widths = new float[n];
    if (naturalTotal <= available) {
      // Everything fits on one line: spread the spare room so every table spans the page.
      for (int c = 0; c < n; c++) {
        widths[c] = natural[c] + (available - naturalTotal) * natural[c] / naturalTotal;
      }
      return widths;
    }
    float cap = level(minimum, available);
    for (int c = 0; c < n; c++) {
      minimum[c] = Math.min(minimum[c], cap);
    }
    float minimumTotal = sum(minimum);
    float share = (available - minimumTotal) / (naturalTotal - minimumTotal);
    for (int c = 0; c < n; c++) {
      widths[c] = minimum[c] + (natural[c] - minimum[c]) * share;
    }
    return widths;
  }

  /**
   * The highest cap such that the minimums, each cut to at most the cap, fit the width; infinite
   * when they fit uncut. With every column over an equal share, it is that share.
   */
  private static float level(float[] minimum, float available) {
    float[] sorted = minimum.clone();
    Arrays.sort(sorted);
    float below = 0;
    for (int k = 0; k < sorted.length; k++) {
      int rest = sorted.length - k;
      if (below + rest * sorted[k] > available) {
        return (available - below) / rest;
      }
      below += sorted[k];
    }
    return Float.POSITIVE_INFINITY;
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float v : values) {
      total += v;
    }
    return total;
  }
}
