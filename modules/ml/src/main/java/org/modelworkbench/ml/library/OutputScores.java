package org.modelworkbench.ml.library;

/** Turns a network's raw class outputs into probabilities. */
public final class OutputScores {
  private static final double SUM_TOLERANCE = 1e-3;

  private OutputScores() {}

  /**
   * Probabilities from raw outputs: rows that already are probabilities (non-negative, summing
   * to 1) are kept; others are treated as scores (logits or log-probabilities) and go through
   * softmax.
   */
  public static double[][] probabilities(float[][] outputs) {
    double[][] out = new double[outputs.length][];
    for (int r = 0; r < outputs.length; r++) {
      out[r] = isDistribution(outputs[r]) ? toDouble(outputs[r]) : softmax(outputs[r]);
    }
    return out;
  }

  private static boolean isDistribution(float[] row) {
    double sum = 0;
    for (float v : row) {
      if (v < 0 || Float.isNaN(v)) {
        return false;
      }
      sum += v;
    }
    return Math.abs(sum - 1) < SUM_TOLERANCE;
  }

  private static double[] toDouble(float[] row) {
    double[] out = new double[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i];
    }
    return out;
  }

  private static double[] softmax(float[] row) {
    double max = Double.NEGATIVE_INFINITY;
    for (float v : row) {
      max = Math.max(max, v);
    }
    double[] out = new double[row.length];
    double sum = 0;
    for (int i = 0; i < row.length; i++) {
      out[i] = Math.exp(row[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < row.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
