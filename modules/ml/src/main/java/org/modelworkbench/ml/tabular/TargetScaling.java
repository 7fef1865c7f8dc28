package org.modelworkbench.ml.tabular;

/**
 * How a regression target was standardised for training: the network predicts
 * {@code (y - mean) / std}.
 *
 * @param mean training mean of the target
 * @param std training standard deviation of the target (1 when it was 0)
 */
record TargetScaling(double mean, double std) {

  /** Fits the scaling on training targets (missing values already removed). */
  static TargetScaling fit(double[] targets) {
    double mean = 0;
    for (double y : targets) {
      mean += y;
    }
    mean /= Math.max(1, targets.length);
    double squares = 0;
    for (double y : targets) {
      squares += (y - mean) * (y - mean);
    }
    double std = Math.sqrt(squares / Math.max(1, targets.length));
    return new TargetScaling(mean, std > 1e-12 ? std : 1);
  }

  /** A target in training units. */
  double scale(double y) {
    return (y - mean) / std;
  }

  /** A network output back in the target's own units. */
  double unscale(double output) {
    return output * std + mean;
  }
}
