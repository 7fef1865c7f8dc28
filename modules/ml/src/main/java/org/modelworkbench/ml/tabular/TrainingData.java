package org.modelworkbench.ml.tabular;

import java.util.HashMap;
import java.util.Map;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Task;

/**
 * Rows ready for the network: encoded inputs and the target as a class index or a standardised
 * number. Rows without a target value are left out, since they cannot teach or score anything.
 *
 * @param inputs encoded input rows
 * @param classes class index per row (classification), else null
 * @param targets standardised target per row (regression), else null
 */
record TrainingData(float[][] inputs, long[] classes, float[] targets) {

  /** Number of rows. */
  int rows() {
    return inputs.length;
  }

  /**
   * Encodes a table for a planned model.
   *
   * @param table rows with the feature and target columns
   * @param manifest the plan: preprocessing, classes or target scaling
   * @return the encoded rows that have a target value
   */
  static TrainingData of(DataTable table, ModelManifest manifest) {
    int n = table.rowCount();
    boolean[] keep = new boolean[n];
    int kept = 0;
    long[] classes = null;
    float[] targets = null;
    if (manifest.task() == Task.CLASSIFICATION) {
      Map<String, Integer> indexByLabel = new HashMap<>();
      for (int i = 0; i < manifest.labels().size(); i++) {
        indexByLabel.put(manifest.labels().get(i), i);
      }
      String[] values = table.textColumn(table.columnIndex(manifest.target()));
      long[] all = new long[n];
      for (int r = 0; r < n; r++) {
        Integer index = values[r] == null ? null : indexByLabel.get(values[r]);
        keep[r] = index != null;
        all[r] = keep[r] ? index : 0;
        kept += keep[r] ? 1 : 0;
      }
      classes = new long[kept];
      for (int r = 0, i = 0; r < n; r++) {
        if (keep[r]) {
          classes[i++] = all[r];
        }
      }
    } else {
      double[] values = TargetEncoding.numbers(table, manifest.target());
      for (int r = 0; r < n; r++) {
        keep[r] = Double.isFinite(values[r]);
        kept += keep[r] ? 1 : 0;
      }
      targets = new float[kept];
      for (int r = 0, i = 0; r < n; r++) {
        if (keep[r]) {
          targets[i++] = (float) manifest.targetScaling().scale(values[r]);
        }
      }
    }
    float[][] all = manifest.preprocessor().transform(table);
    float[][] inputs = new float[kept][];
    for (int r = 0, i = 0; r < n; r++) {
      if (keep[r]) {
        inputs[i++] = all[r];
      }
    }
    return new TrainingData(inputs, classes, targets);
  }
}
