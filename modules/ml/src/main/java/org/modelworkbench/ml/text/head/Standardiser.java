package org.modelworkbench.ml.text.head;

/**
 * Builds head inputs: the text vector, optionally centred and scaled per component by its training
 * mean and standard deviation ({@link EncoderHeadOptions#standardise()}), followed by the extra
 * columns (already standardised by the tabular preprocessing).
 *
 * @param mean the training mean of each component
 * @param scale the training standard deviation of each component (at least {@value #FLOOR})
 */
record Standardiser(float[] mean, float[] scale) {
  static final float FLOOR = 1e-6f;

  /** The identity: no change. */
  static Standardiser none(int width) {
    float[] zero = new float[width];
    float[] one = new float[width];
    java.util.Arrays.fill(one, 1f);
    return new Standardiser(zero, one);
  }

  static Standardiser fit(float[][] rows) {
    int width = rows[0].length;
    double[] sum = new double[width];
    double[] squares = new double[width];
    for (float[] r : rows) {
      for (int c = 0; c < width; c++) {
        sum[c] += r[c];
        squares[c] += (double) r[c] * r[c];
      }
    }
    float[] mean = new float[width];
    float[] scale = new float[width];
    for (int c = 0; c < width; c++) {
      double m = sum[c] / rows.length;
      double variance = Math.max(0, squares[c] / rows.length - m * m);
      mean[c] = (float) m;
      scale[c] = Math.max(FLOOR, (float) Math.sqrt(variance));
    }
    return new Standardiser(mean, scale);
  }

  int width() {
    return mean.length;
  }

  /**
   * One head input: the standardised vector followed by the extra values.
   *
   * @param vector the text's vector
   * @param extras the extra values, or an empty array
   */
  float[] input(float[] vector, double[] extras) {
    if (vector.length != mean.length) {
      throw new IllegalStateException("a text vector of " + vector.length + " values, the head reads "
          + mean.length);
    }
    float[] out = new float[vector.length + extras.length];
    for (int c = 0; c < vector.length; c++) {
      out[c] = (vector[c] - mean[c]) / scale[c];
    }
    for (int c = 0; c < extras.length; c++) {
      out[vector.length + c] = (float) extras[c];
    }
    return out;
  }
}
