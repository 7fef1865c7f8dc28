package org.modelworkbench.ml.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.WorkbenchException;

/** Reads the target column: class labels for classification, numbers for regression. */
final class TargetEncoding {
  private TargetEncoding() {}

  /**
   * The sorted distinct target values, as text, of all given tables.
   *
   * @throws WorkbenchException if there are fewer than two
   */
  static List<String> classLabels(String target, DataTable... tables) {
    TreeSet<String> labels = new TreeSet<>();
    for (DataTable table : tables) {
      for (String value : table.textColumn(table.columnIndex(target))) {
        if (value != null) {
          labels.add(value);
        }
      }
    }
    if (labels.size() < 2) {
      throw new WorkbenchException("The target '" + target
          + "' has only one class; a classifier needs at least two.");
    }
    return new ArrayList<>(labels);
  }

  /**
   * The target as numbers (NaN when missing).
   *
   * @throws WorkbenchException if the target column is not numeric
   */
  static double[] numbers(DataTable table, String target) {
    ColumnType type = table.column(target).type();
    if (!type.isNumeric()) {
      throw new WorkbenchException("The target '" + target + "' holds " + type.label()
          + " values; regression needs a numeric target.");
    }
    return table.numericColumn(table.columnIndex(target));
  }

  /** The finite values of a numeric target. */
  static double[] present(double[] values) {
    return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
  }
}
