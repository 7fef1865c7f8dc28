package org.modelworkbench.data.profile;

/**
 * Running count, minimum, maximum, mean and sample standard deviation of numbers, using
 * Welford's update so large values do not lose precision.
 */
final class NumericSummary {
  private long count;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private double mean;
  private double sumOfSquaredDeviations;

  /** Adds one number. */
  void add(double x) {
    count++;
    min = Math.min(min, x);
    max = Math.max(max, x);
    double delta = x - mean;
    mean += delta / count;
    sumOfSquaredDeviations += delta * (x - mean);
  }

  long count() {
    return count;
  }

  /** The minimum, or null when empty. */
  Double min() {
    return count == 0 ? null : min;
  }

  /** The maximum, or null when empty. */
  Double max() {
    return count == 0 ? null : max;
  }

  /** The mean, or null when empty. */
  Double mean() {
    return count == 0 ? null : mean;
  }

  /** The sample (n - 1) standard deviation, or null with fewer than two numbers. */
  Double sampleStddev() {
    return count < 2 ? null : Math.sqrt(sumOfSquaredDeviations / (count - 1));
  }
}
