package org.modelworkbench.ml.tabular;

/** Turns raw network outputs (class scores) into probabilities and classes. */
final class Outputs {
  private Outputs() {}

  /** Softmax of one row of scores, computed stably by subtracting the largest score. */
  static double[] softmax(float[] scores, int offset, int width) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < width; c++) {
      max = Math.max(max, scores[offset + c]);
    }
    double[] p = new double[width];
    double sum = 0;
    for (int c = 0; c < width; c++) {
      p[c] = Math.exp(scores[offset + c] - max);
      sum += p[c];
    }
    for (int c = 0; c < width; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Cross-entropy {@code -log softmax(scores)[label]} of one row. */
  static double crossEntropy(float[] scores, int offset, int width, int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < width; c++) {
      max = Math.max(max, scores[offset + c]);
    }
    double sum = 0;
    for (int c = 0; c < width; c++) {
      sum += Math.exp(scores[offset + c] - max);
    }
    return max + Math.log(sum) - scores[offset + label];
  }

  /** Index of the largest score; ties go to the lowest index. */
  static int argmax(float[] scores, int offset, int width) {
    int best = 0;
    for (int c = 1; c < width; c++) {
      if (scores[offset + c] > scores[offset + best]) {
        best = c;
      }
    }
    return best;
  }
}
