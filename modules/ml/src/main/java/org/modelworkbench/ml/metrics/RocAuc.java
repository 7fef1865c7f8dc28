package org.modelworkbench.ml.metrics;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve of one score against one positive class. */
final class RocAuc {
  private RocAuc() {}

  /**
   * Computes the AUC as the Mann-Whitney statistic: the chance that a random positive row scores
   * above a random negative row, ties counting one half. Average ranks over tied scores give the
   * same value as scikit-learn's trapezoidal ROC curve.
   *
   * @param scores one score per row
   * @param positive whether each row is of the positive class
   * @return the AUC, or NaN when one of the two groups is empty
   */
  static double of(double[] scores, boolean[] positive) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double positiveRankSum = 0;
    long positives = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && Double.compare(scores[order[end + 1]], scores[order[start]]) == 0) {
        end++;
      }
      // Ranks are 1-based; every row of a tie group gets the group's mean rank.
      double averageRank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          positiveRankSum += averageRank;
          positives++;
        }
      }
      start = end + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
