package org.modelworkbench.services.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Predictions;

/**
 * The predictions of a model on the labelled rows it was evaluated on, reduced to what listing a
 * confusion-matrix cell needs: each row's number in its dataset, its actual and predicted class and
 * the predicted class's probability. Small (a few values per row), so it can be kept while the
 * analyst clicks through cells and pages.
 *
 * @param datasetId the dataset version the rows belong to
 * @param rowNumbers each scored row's index in the dataset's rows
 * @param actual each row's actual class
 * @param predicted each row's predicted class
 * @param confidence each row's probability of its predicted class
 */
record ScoredRows(long datasetId, int[] rowNumbers, String[] actual, String[] predicted, double[] confidence) {

  /** Reduces predictions of the rows at {@code rowNumbers} with the actual classes given. */
  static ScoredRows of(long datasetId, int[] rowNumbers, String[] actual, Predictions predictions) {
    String[] predicted = predictions.predictedLabels();
    double[] confidence = new double[predicted.length];
    List<String> labels = predictions.classLabels();
    for (int r = 0; r < predicted.length; r++) {
      int k = labels.indexOf(predicted[r]);
      confidence[r] = k < 0 ? Double.NaN : predictions.probabilities()[r][k];
    }
    return new ScoredRows(datasetId, rowNumbers, actual, predicted, confidence);
  }

  /** Positions (into these arrays) of the rows in one cell, the most confident first. */
  int[] cell(String actualClass, String predictedClass) {
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < actual.length; r++) {
      if (actualClass.equals(actual[r]) && predictedClass.equals(predicted[r])) {
        keep.add(r);
      }
    }
    // Confident mistakes say most about a model; a stable sort keeps row order among equals.
    keep.sort((a, b) -> Double.compare(orZero(confidence[b]), orZero(confidence[a])));
    return keep.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The names of a table's free-text columns, in column order. */
  static List<String> textColumns(DataTable rows) {
    return rows.columns().stream().filter(c -> c.type() == ColumnType.TEXT).map(c -> c.name()).toList();
  }

  private static double orZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoredRows s && s.datasetId == datasetId && Arrays.equals(s.rowNumbers, rowNumbers)
        && Arrays.equals(s.predicted, predicted);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(datasetId) * 31 + Arrays.hashCode(rowNumbers);
  }
}
