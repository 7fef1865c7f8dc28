package org.modelworkbench.ml.features;

import java.util.List;

/**
 * A number standardised with the training mean and standard deviation, missing values replaced by
 * the training median, plus a 0/1 "was missing" input when the training column had gaps.
 *
 * @param column source column
 * @param median fill value for missing cells
 * @param mean training mean after filling
 * @param std training standard deviation after filling (1 when it was 0)
 * @param missingIndicator whether a "was missing" input follows the value
 */
record NumericEncoder(
    String column, double median, double mean, double std, boolean missingIndicator)
    implements ColumnEncoder {

  /**
   * Fits the encoder on the training cells.
   *
   * @param column the column name
   * @param values the training cells
   * @return the fitted encoder
   */
  static NumericEncoder fit(String column, Object[] values) {
    double[] present = new double[values.length];
    int count = 0;
    for (Object v : values) {
      double d = ValueReader.number(v);
      if (!Double.isNaN(d)) {
        present[count++] = d;
      }
    }
    double median = Stats.median(present, count);
    // Statistics of the filled column, as an imputer followed by a scaler would see it.
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += present[i];
    }
    int n = values.length;
    double mean = n == 0 ? 0 : (sum + (n - count) * median) / n;
    double squares = (n - count) * (median - mean) * (median - mean);
    for (int i = 0; i < count; i++) {
      squares += (present[i] - mean) * (present[i] - mean);
    }
    double std = n == 0 ? 0 : Math.sqrt(squares / n);
    // A constant column carries no signal; dividing by 1 keeps it at 0 instead of NaN.
    return new NumericEncoder(column, median, mean, std > 1e-12 ? std : 1, count < n);
  }

  @Override
  public int width() {
    return missingIndicator ? 2 : 1;
  }

  @Override
  public List<String> outputNames() {
    return missingIndicator ? List.of(column, column + " (missing)") : List.of(column);
  }

  @Override
  public void encode(Object value, float[] out, int offset) {
    double d = ValueReader.number(value);
    boolean missing = Double.isNaN(d);
    out[offset] = (float) (((missing ? median : d) - mean) / std);
    if (missingIndicator) {
      out[offset + 1] = missing ? 1f : 0f;
    }
  }
}
