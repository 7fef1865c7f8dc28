package org.modelworkbench.ml.features;

import java.util.List;

/**
 * A true/false column as 1/0; a missing cell takes the training column's most frequent value.
 *
 * @param column source column
 * @param fill value for missing cells: 1, 0, or 0.5 when the training column had a tie or no values
 */
record FlagEncoder(String column, double fill) implements ColumnEncoder {

  /**
   * Fits the encoder on the training cells.
   *
   * @param column the column name
   * @param values the training cells
   * @return the fitted encoder
   */
  static FlagEncoder fit(String column, Object[] values) {
    long trues = 0;
    long falses = 0;
    for (Object v : values) {
      Boolean b = ValueReader.flag(v);
      if (b != null) {
        if (b) {
          trues++;
        } else {
          falses++;
        }
      }
    }
    double fill = trues > falses ? 1 : falses > trues ? 0 : 0.5;
    return new FlagEncoder(column, fill);
  }

  @Override
  public int width() {
    return 1;
  }

  @Override
  public List<String> outputNames() {
    return List.of(column);
  }

  @Override
  public void encode(Object value, float[] out, int offset) {
    Boolean b = ValueReader.flag(value);
    out[offset] = b == null ? (float) fill : b ? 1f : 0f;
  }
}
