package org.modelworkbench.benchmarks.performance;

/**
 * Which way a measurement is better, so every ratio in the table reads the same way: above 1 the
 * workbench wins.
 */
public enum Direction {
  /** Rates (rows/s, images/s): the ratio is workbench / peer. */
  HIGHER_IS_BETTER,
  /** Times (seconds, milliseconds): the ratio is peer / workbench. */
  LOWER_IS_BETTER;

  /**
   * The ratio of the two sides, higher better for the workbench.
   *
   * @param workbench the workbench's figure
   * @param peer the peer's figure
   * @return the ratio, or NaN when a figure is zero or not a number
   */
  public double ratio(double workbench, double peer) {
    double numerator = this == HIGHER_IS_BETTER ? workbench : peer;
    double denominator = this == HIGHER_IS_BETTER ? peer : workbench;
    if (!(denominator > 0) || Double.isNaN(numerator)) {
      return Double.NaN;
    }
    return numerator / denominator;
  }
}
