package org.modelworkbench.ml.text.tfidf;

import java.util.HashSet;
import java.util.List;
import org.modelworkbench.model.WorkbenchException;

/**
 * Extra numeric inputs per text, already preprocessed (imputed, standardised, one-hot), for
 * example the encoded product, channel and priority columns of a ticket table. They are appended
 * after the text features, as they are: the linear model weighs them like any other input, so
 * they should be on a scale near the text features' (about -3 to 3).
 *
 * @param names one name per column, in order (saved with the model and checked at prediction)
 * @param rows one row of {@code names.size()} finite values per text
 */
public record DenseFeatures(List<String> names, double[][] rows) {
  /**
   * Checks the shape and the values.
   *
   * @throws WorkbenchException when a name repeats, a row has the wrong width, or a value is not
   *     a finite number
   */
  public DenseFeatures {
    names = List.copyOf(names);
    if (new HashSet<>(names).size() != names.size()) {
      throw new WorkbenchException("An extra feature column is named twice: " + names + ".");
    }
    for (int r = 0; r < rows.length; r++) {
      if (rows[r] == null || rows[r].length != names.size()) {
        throw new WorkbenchException("Row " + (r + 1) + " of the extra features has "
            + (rows[r] == null ? 0 : rows[r].length) + " values, expected " + names.size() + ".");
      }
      for (int c = 0; c < names.size(); c++) {
        if (!Double.isFinite(rows[r][c])) {
          throw new WorkbenchException("Extra feature '" + names.get(c) + "' of row " + (r + 1) + " is "
              + rows[r][c] + ": impute missing values before training on them.");
        }
      }
    }
  }

  /** No extra columns for {@code rowCount} texts. */
  public static DenseFeatures none(int rowCount) {
    return new DenseFeatures(List.of(), new double[rowCount][0]);
  }

  /** The number of columns. */
  public int width() {
    return names.size();
  }

  /** The number of rows. */
  public int rowCount() {
    return rows.length;
  }

  /** The rows from {@code from} (inclusive) to {@code to} (exclusive), sharing the row arrays. */
  DenseFeatures slice(int from, int to) {
    return new DenseFeatures(names, java.util.Arrays.copyOfRange(rows, from, to));
  }

  /**
   * Appends row {@code r} to a sparse text vector at positions from {@code offset} on; zeros are
   * left out.
   */
  SparseVector appendTo(SparseVector text, int r, int offset) {
    double[] row = rows[r];
    int nonZero = 0;
    for (double v : row) {
      if (v != 0) {
        nonZero++;
      }
    }
    if (nonZero == 0) {
      return text;
    }
    int[] indices = java.util.Arrays.copyOf(text.indices(), text.size() + nonZero);
    float[] values = java.util.Arrays.copyOf(text.values(), text.size() + nonZero);
    int k = text.size();
    for (int c = 0; c < row.length; c++) {
      if (row[c] != 0) {
        indices[k] = offset + c;
        values[k] = (float) row[c];
        k++;
      }
    }
    return new SparseVector(indices, values);
  }
}
