package org.modelworkbench.services.scoring;

import java.util.List;
import org.modelworkbench.model.TopKAccuracy;

/** Top-k accuracy of class probabilities: the true class among the k most likely. */
final class TopKScorer {
  private static final int MAX_K = 5;

  private TopKScorer() {}

  /**
   * Top-k accuracy with k = min(5, classes), or null when k would be 2 or less.
   *
   * @param actual true label of each row
   * @param probabilities one row per example, one column per label
   * @param labels the labels in column order
   */
  static TopKAccuracy score(String[] actual, double[][] probabilities, List<String> labels) {
    int k = Math.min(MAX_K, labels.size());
    if (k <= 2 || actual.length == 0) {
      return null;
    }
    int hits = 0;
    for (int r = 0; r < actual.length; r++) {
      int truth = labels.indexOf(actual[r]);
      if (truth < 0) {
        continue;
      }
      int higher = 0;
      for (double p : probabilities[r]) {
        if (p > probabilities[r][truth]) {
          higher++;
        }
      }
      if (higher < k) {
        hits++;
      }
    }
    return new TopKAccuracy(k, (double) hits / actual.length);
  }
}
