package org.modelworkbench.data.quality;

import java.util.Arrays;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * How many rows the best single cut of an ordered feature (numbers, dates, timestamps) labels
 * correctly: values up to the cut predict one class and values above it another, each the most
 * frequent class on its side, and empty cells predict their own most frequent class. Found exactly
 * by sorting the values once and trying every cut.
 *
 * <p>Values are compared as 32-bit floats packed with the class code into one {@code long}, so one
 * primitive sort does the work; neighbours closer than a float can tell apart share a side, which
 * does not matter for a cut.
 */
final class ThresholdAccuracy {
  /** Most classes for which a single cut is tried (a cut can only tell two groups apart anyway). */
  static final int MAX_CLASSES = 20;

  private ThresholdAccuracy() {}

  /**
   * Rows labelled correctly by the best cut.
   *
   * @param table the table
   * @param column the ordered feature column
   * @param labels the coded target
   * @param rows the labelled rows to look at
   * @return the count, or -1 when the target has too many classes
   */
  static long correct(PrimitiveColumn column, Labels labels, int[] rows) {
    int classes = labels.classCount();
    if (classes > MAX_CLASSES) {
      return -1;
    }
    long[] keys = new long[rows.length];
    int filled = 0;
    int[] emptyCounts = new int[classes];
    int[] total = new int[classes];
    for (int row : rows) {
      double x = DataTable.toDouble(column.value(row));
      int label = labels.code(row);
      if (Double.isNaN(x)) {
        emptyCounts[label]++;
      } else {
        keys[filled++] = ((long) sortable((float) x) << 32) | label;
        total[label]++;
      }
    }
    Arrays.sort(keys, 0, filled);
    int[] left = new int[classes];
    long best = max(total);
    for (int i = 0; i < filled; i++) {
      left[(int) keys[i]]++;
      boolean lastOfValue = i + 1 == filled || (keys[i + 1] >> 32) != (keys[i] >> 32);
      if (lastOfValue) {
        int leftBest = 0;
        int rightBest = 0;
        for (int c = 0; c < classes; c++) {
          leftBest = Math.max(leftBest, left[c]);
          rightBest = Math.max(rightBest, total[c] - left[c]);
        }
        best = Math.max(best, leftBest + rightBest);
      }
    }
    return best + max(emptyCounts);
  }

  /** The float's bits turned into an int that sorts as the floats do. */
  private static int sortable(float f) {
    int bits = Float.floatToIntBits(f);
    return bits ^ ((bits >> 31) & 0x7FFF_FFFF);
  }

  private static int max(int[] counts) {
    int best = 0;
    for (int n : counts) {
      best = Math.max(best, n);
    }
    return best;
  }
}
