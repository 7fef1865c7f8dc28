package org.modelworkbench.ml.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;

/**
 * Computes accuracy, the confusion matrix, per-class precision/recall/F1, macro F1, log-loss and
 * ROC AUC of class probabilities.
 */
public final class ClassificationMetricsCalculator {
  /** Probabilities are clipped here before the logarithm, as scikit-learn does. */
  private static final double MIN_PROBABILITY = 1e-15;

  private ClassificationMetricsCalculator() {}

  /**
   * Scores class probabilities against the true labels.
   *
   * <p>The predicted class of a row is the column with the highest probability (the lowest index
   * on a tie). ROC AUC is the AUC of the probability of {@code labels.get(1)} for two labels, and
   * the one-vs-rest macro average over the classes present in {@code actual} otherwise; it is null
   * when {@code actual} holds fewer than two classes.
   *
   * @param actual true label of each row
   * @param probabilities per row, one probability per label in {@code labels} order
   * @param labels the class labels
   * @return the metrics
   * @throws IllegalArgumentException if sizes disagree, there are no rows, or a true label is not
   *     one of {@code labels}
   */
  public static ClassificationMetrics compute(
      String[] actual, double[][] probabilities, List<String> labels) {
    int n = actual.length;
    int k = labels.size();
    if (probabilities.length != n) {
      throw new IllegalArgumentException(
          n + " true labels but " + probabilities.length + " probability rows");
    }
    if (n == 0) {
      throw new IllegalArgumentException("No rows to score");
    }
    if (k == 0) {
      throw new IllegalArgumentException("No class labels");
    }
    int[] truth = indexes(actual, labels);
    long[][] confusion = new long[k][k];
    long correct = 0;
    double logLossSum = 0;
    for (int r = 0; r < n; r++) {
      double[] row = probabilities[r];
      if (row.length != k) {
        throw new IllegalArgumentException(
            "Row " + r + " has " + row.length + " probabilities for " + k + " labels");
      }
      int predicted = argmax(row);
      confusion[truth[r]][predicted]++;
      if (predicted == truth[r]) {
        correct++;
      }
      logLossSum -= Math.log(Math.max(normalised(row, truth[r]), MIN_PROBABILITY));
    }
    List<ClassMetrics> perClass = perClass(confusion, labels);
    double macroF1 = perClass.stream().mapToDouble(ClassMetrics::f1).average().orElse(0);
    return new ClassificationMetrics(
        (double) correct / n,
        macroF1,
        rocAuc(truth, probabilities, k),
        logLossSum / n,
        labels,
        confusion,
        perClass,
        n);
  }

  private static int[] indexes(String[] actual, List<String> labels) {
    Map<String, Integer> indexByLabel = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      indexByLabel.putIfAbsent(labels.get(i), i);
    }
    int[] out = new int[actual.length];
    for (int r = 0; r < actual.length; r++) {
      Integer index = indexByLabel.get(actual[r]);
      if (index == null) {
        throw new IllegalArgumentException(
            "True label '" + actual[r] + "' in row " + r + " is not one of " + labels);
      }
      out[r] = index;
    }
    return out;
  }

  /** Index of the largest value; NaN never wins and ties go to the lowest index. */
  static int argmax(double[] row) {
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      if (row[c] > row[best] || Double.isNaN(row[best]) && !Double.isNaN(row[c])) {
        best = c;
      }
    }
    return best;
  }

  /** The row's probability of one column after scaling the row to sum to 1. */
  private static double normalised(double[] row, int column) {
    double sum = 0;
    for (double p : row) {
      if (p > 0) {
        sum += p;
      }
    }
    double p = row[column];
    return sum > 0 && p > 0 ? p / sum : 0;
  }

  private static List<ClassMetrics> perClass(long[][] confusion, List<String> labels) {
    int k = labels.size();
    List<ClassMetrics> out = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      long truePositives = confusion[c][c];
      long actualCount = 0;
      long predictedCount = 0;
      for (int j = 0; j < k; j++) {
        actualCount += confusion[c][j];
        predictedCount += confusion[j][c];
      }
      double precision = predictedCount == 0 ? 0 : (double) truePositives / predictedCount;
      double recall = actualCount == 0 ? 0 : (double) truePositives / actualCount;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.add(new ClassMetrics(labels.get(c), precision, recall, f1, actualCount));
    }
    return out;
  }

  private static Double rocAuc(int[] truth, double[][] probabilities, int k) {
    boolean[] present = new boolean[k];
    int presentCount = 0;
    for (int t : truth) {
      if (!present[t]) {
        present[t] = true;
        presentCount++;
      }
    }
    if (presentCount < 2) {
      return null;
    }
    if (k == 2) {
      return oneVersusRest(truth, probabilities, 1);
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      if (present[c]) {
        sum += oneVersusRest(truth, probabilities, c);
      }
    }
    return sum / presentCount;
  }

  private static double oneVersusRest(int[] truth, double[][] probabilities, int positiveClass) {
    double[] scores = new double[truth.length];
    boolean[] positive = new boolean[truth.length];
    for (int r = 0; r < truth.length; r++) {
      scores[r] = probabilities[r][positiveClass];
      positive[r] = truth[r] == positiveClass;
    }
    return RocAuc.of(scores, positive);
  }
}
