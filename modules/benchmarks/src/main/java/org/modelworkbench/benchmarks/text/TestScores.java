package org.modelworkbench.benchmarks.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-set figures of one classifier, computed the way scikit-learn's accuracy_score, f1_score
 * (macro) and log_loss compute them, so both sides of the benchmark are scored alike.
 *
 * @param accuracy the share of test texts classified right
 * @param macroF1 the unweighted mean of the per-class F1 scores
 * @param logLoss the mean negative log probability of the true class (clipped at 1e-15)
 * @param fitSeconds the time to fit
 * @param predictSeconds the time to score the test texts
 */
public record TestScores(double accuracy, double macroF1, double logLoss, double fitSeconds,
    double predictSeconds) {
  /**
   * Scores probabilities against the truth.
   *
   * @param classes the class of each probability column
   * @param probabilities one row per test text
   * @param truth the true class of each test text
   * @param fitSeconds the time the fit took
   * @param predictSeconds the time scoring took
   * @return the figures
   */
  public static TestScores of(List<String> classes, double[][] probabilities, List<String> truth,
      double fitSeconds, double predictSeconds) {
    Map<String, Integer> column = new HashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      column.put(classes.get(k), k);
    }
    int k = classes.size();
    int[] truePositive = new int[k];
    int[] predictedCount = new int[k];
    int[] actualCount = new int[k];
    int right = 0;
    double loss = 0;
    for (int i = 0; i < truth.size(); i++) {
      double[] p = probabilities[i];
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (p[j] > p[best]) {
          best = j;
        }
      }
      // scikit-learn normalises each row before the log loss; ours already sum to 1.
      Integer actual = column.get(truth.get(i));
      double pTrue = actual == null ? 0 : p[actual];
      loss -= Math.log(Math.min(1 - 1e-15, Math.max(1e-15, pTrue)));
      predictedCount[best]++;
      if (actual != null) {
        actualCount[actual]++;
        if (actual == best) {
          right++;
          truePositive[best]++;
        }
      }
    }
    double f1 = 0;
    for (int j = 0; j < k; j++) {
      double denominator = predictedCount[j] + actualCount[j];
      f1 += denominator == 0 ? 0 : 2.0 * truePositive[j] / denominator;
    }
    return new TestScores((double) right / truth.size(), f1 / k, loss / truth.size(), fitSeconds, predictSeconds);
  }
}
