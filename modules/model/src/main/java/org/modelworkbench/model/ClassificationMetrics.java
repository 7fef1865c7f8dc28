package org.modelworkbench.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metrics of a classifier.
 *
 * @param accuracy share of rows predicted right
 * @param macroF1 unweighted mean of the per-class F1
 * @param rocAuc ROC AUC (binary) or one-vs-rest macro average; null when not defined
 * @param logLoss mean negative log-likelihood of the true class (probabilities clipped at 1e-15)
 * @param labels class labels, in the order of the confusion matrix rows and columns
 * @param confusionMatrix counts: row = actual class, column = predicted class
 * @param perClass precision, recall and F1 per class, in label order
 * @param count rows scored
 */
public record ClassificationMetrics(
    double accuracy,
    double macroF1,
    Double rocAuc,
    double logLoss,
    List<String> labels,
    long[][] confusionMatrix,
    List<ClassMetrics> perClass,
    long count) implements Metrics {

  /** Copies the lists. */
  public ClassificationMetrics {
    labels = List.copyOf(labels);
    perClass = List.copyOf(perClass);
  }

  @Override
  public Task task() {
    return Task.CLASSIFICATION;
  }

  @Override
  public Map<String, Double> headline() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("accuracy", accuracy);
    m.put("macro_f1", macroF1);
    m.put("roc_auc", rocAuc);
    m.put("log_loss", logLoss);
    return m;
  }
}
