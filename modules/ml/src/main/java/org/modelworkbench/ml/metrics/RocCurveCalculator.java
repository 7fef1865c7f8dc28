package org.modelworkbench.ml.metrics;

import java.util.Arrays;
import java.util.Comparator;
import org.modelworkbench.model.RocCurve;

/** Computes the ROC curve of one score against one positive class. */
public final class RocCurveCalculator {
  private RocCurveCalculator() {}

  /**
   * The curve's points, one per distinct score (rows with equal scores move together, as in
   * scikit-learn's roc_curve with all thresholds kept), starting at (0, 0) and ending at (1, 1).
   *
   * @param positiveLabel the name of the positive class, for display
   * @param scores one score per row, higher meaning more likely positive
   * @param positive whether each row is of the positive class
   * @throws IllegalArgumentException when the rows hold only one of the two classes
   */
  public static RocCurve compute(String positiveLabel, double[] scores, boolean[] positive) {
    int n = scores.length;
    long positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("A ROC curve needs rows of both classes");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double[] fpr = new double[n + 1];
    double[] tpr = new double[n + 1];
    int points = 1;
    long truePositives = 0;
    long falsePositives = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && Double.compare(scores[order[end + 1]], scores[order[start]]) == 0) {
        end++;
      }
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          truePositives++;
        } else {
          falsePositives++;
        }
      }
      fpr[points] = (double) falsePositives / negatives;
      tpr[points] = (double) truePositives / positives;
      points++;
      start = end + 1;
    }
    return new RocCurve(positiveLabel, Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points),
        RocAuc.of(scores, positive));
  }
}
