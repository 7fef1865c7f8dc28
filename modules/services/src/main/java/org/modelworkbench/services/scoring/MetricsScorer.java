package org.modelworkbench.services.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.ml.metrics.ClassificationMetricsCalculator;
import org.modelworkbench.ml.metrics.RegressionMetricsCalculator;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.TargetRows;

/**
 * Scores a model on rows whose target is known.
 */
public final class MetricsScorer {
  private MetricsScorer() {}

  /**
   * Predicts the rows and compares with their target. Rows with a missing target are left out.
   * A class the model never saw counts as an extra class that it always misses.
   */
  public static Metrics score(TabularModel model, DataTable rows, String target) {
    if (!rows.hasColumn(target)) {
      throw new WorkbenchException("The data has no target column '" + target + "' to compare with.");
    }
    DataTable known = TargetRows.labelledOnly(rows, target);
    if (known.rowCount() == 0) {
      throw new WorkbenchException("No row has a value in the target column '" + target + "'.");
    }
    return score(model.predict(known), known, target);
  }

  /**
   * Scores predictions already made for rows that all have a target value.
   *
   * @param predictions one prediction per row of {@code known}
   * @param known rows with a target value
   * @param target the target column
   */
  public static Metrics score(Predictions predictions, DataTable known, String target) {
    int targetIndex = known.columnIndex(target);
    if (predictions.task() == Task.REGRESSION) {
      double[] actual = known.numericColumn(targetIndex);
      for (double v : actual) {
        if (Double.isNaN(v)) {
          throw new WorkbenchException("The target column '" + target + "' is not numeric here.");
        }
      }
      return RegressionMetricsCalculator.compute(actual, predictions.values());
    }
    String[] actual = known.textColumn(targetIndex);
    Set<String> labels = new LinkedHashSet<>(predictions.classLabels());
    for (String a : actual) {
      labels.add(a);
    }
    List<String> allLabels = new ArrayList<>(labels);
    double[][] probabilities = predictions.probabilities();
    if (allLabels.size() > predictions.classLabels().size()) {
      probabilities = widen(probabilities, allLabels.size());
    }
    return ClassificationMetricsCalculator.compute(actual, probabilities, allLabels);
  }

  private static double[][] widen(double[][] probabilities, int width) {
    double[][] out = new double[probabilities.length][width];
    for (int r = 0; r < probabilities.length; r++) {
      System.arraycopy(probabilities[r], 0, out[r], 0, probabilities[r].length);
    }
    return out;
  }
}
