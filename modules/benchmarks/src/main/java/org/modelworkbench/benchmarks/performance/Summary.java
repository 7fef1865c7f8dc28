package org.modelworkbench.benchmarks.performance;

import java.util.Arrays;
import java.util.List;

/**
 * The median, minimum and maximum of a side's repeated measurements. The median decides: on a
 * shared machine one slow repeat says more about the neighbours than about the program.
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param count how many values
 */
public record Summary(double median, double min, double max, int count) {
  /**
   * Summarises measurements.
   *
   * @param values at least one value
   * @return their median, min and max
   * @throws IllegalArgumentException when there are none
   */
  public static Summary of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to summarise");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Summary(median, sorted[0], sorted[n - 1], n);
  }

  /** A single measurement (a median of one). */
  public static Summary single(double value) {
    return new Summary(value, value, value, 1);
  }
}
