package org.modelworkbench.ml.metrics;

import org.modelworkbench.model.RegressionMetrics;

/** Computes RMSE, MAE and R² of predicted numbers. */
public final class RegressionMetricsCalculator {
  private RegressionMetricsCalculator() {}

  /**
   * Scores predictions against the true values.
   *
   * @param actual true values
   * @param predicted predicted values, one per true value
   * @return the metrics; R² is {@code 1 - SSres/SStot}, and 0 when the true values are all equal
   * @throws IllegalArgumentException if the arrays differ in length or are empty
   */
  public static RegressionMetrics compute(double[] actual, double[] predicted) {
    if (actual.length != predicted.length) {
      throw new IllegalArgumentException(
          actual.length + " true values but " + predicted.length + " predictions");
    }
    int n = actual.length;
    if (n == 0) {
      throw new IllegalArgumentException("No rows to score");
    }
    double mean = 0;
    for (double a : actual) {
      mean += a;
    }
    mean /= n;
    double squaredErrors = 0;
    double absoluteErrors = 0;
    double totalSquares = 0;
    for (int i = 0; i < n; i++) {
      double error = actual[i] - predicted[i];
      squaredErrors += error * error;
      absoluteErrors += Math.abs(error);
      totalSquares += (actual[i] - mean) * (actual[i] - mean);
    }
    double r2 = totalSquares == 0 ? 0 : 1 - squaredErrors / totalSquares;
    return new RegressionMetrics(Math.sqrt(squaredErrors / n), absoluteErrors / n, r2, n);
  }
}
