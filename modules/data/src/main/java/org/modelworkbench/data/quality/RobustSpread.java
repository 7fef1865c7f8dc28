package org.modelworkbench.data.quality;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Quartiles, median and median absolute deviation of numbers: measures of spread that a few wild
 * values do not move. Above {@value #SAMPLE_SIZE} numbers they are estimated from a fixed-seed
 * random sample, which is plenty for quartiles.
 *
 * @param q1 the lower quartile
 * @param median the median
 * @param q3 the upper quartile
 * @param mad the median absolute deviation from the median
 */
record RobustSpread(double q1, double median, double q3, double mad) {
  /** Most numbers sorted to estimate the measures. */
  static final int SAMPLE_SIZE = 200_000;
  private static final long SEED = 20_250_101L;

  /** The measures of the given numbers (at least one, none NaN); the array is left unchanged. */
  static RobustSpread of(double[] values, int count) {
    double[] sample;
    if (count <= SAMPLE_SIZE) {
      sample = Arrays.copyOf(values, count);
    } else {
      SplittableRandom random = new SplittableRandom(SEED);
      sample = new double[SAMPLE_SIZE];
      for (int i = 0; i < SAMPLE_SIZE; i++) {
        sample[i] = values[random.nextInt(count)];
      }
    }
    Arrays.sort(sample);
    double median = quantile(sample, 0.5);
    double q1 = quantile(sample, 0.25);
    double q3 = quantile(sample, 0.75);
    for (int i = 0; i < sample.length; i++) {
      sample[i] = Math.abs(sample[i] - median);
    }
    Arrays.sort(sample);
    return new RobustSpread(q1, median, q3, quantile(sample, 0.5));
  }

  /** The interquartile range. */
  double iqr() {
    return q3 - q1;
  }

  /** A quantile of sorted numbers, interpolating between neighbours. */
  private static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  }
}
