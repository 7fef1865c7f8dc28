package org.modelworkbench.ml.features;

import java.util.Arrays;

/** Small statistics helpers for fitting encoders. */
final class Stats {
  private Stats() {}

  /**
   * Median of the first {@code count} values (mean of the middle two for an even count).
   *
   * @return the median, or 0 when there are no values
   */
  static double median(double[] values, int count) {
    if (count == 0) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int mid = count / 2;
    return count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
