package org.modelworkbench.report;

import java.util.List;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.Task;

/** Headline metrics as labelled, formatted values, the same in the summary and the test section. */
final class MetricText {
  private MetricText() {}

  /** The headline numbers of either kind of metrics. */
  static List<Block.Fact> headline(Metrics metrics) {
    if (metrics instanceof ClassificationMetrics m) {
      return List.of(
          new Block.Fact("Accuracy", Formats.percent(m.accuracy())),
          new Block.Fact("Macro-F1", Formats.percent(m.macroF1())),
          new Block.Fact("ROC AUC",
              m.rocAuc() == null ? Formats.NOT_AVAILABLE : Formats.fixed(m.rocAuc(), 4)),
          new Block.Fact("Log-loss", Formats.loss(m.logLoss())));
    }
    RegressionMetrics m = (RegressionMetrics) metrics;
    return List.of(
        new Block.Fact("RMSE", Formats.decimal(m.rmse())),
        new Block.Fact("MAE", Formats.decimal(m.mae())),
        new Block.Fact("R\u00B2", Formats.fixed(m.r2(), 4)));
  }

  /** A validation metric value: accuracy as a percentage, RMSE as a number. */
  static String validationMetric(Task task, double value) {
    return task == Task.REGRESSION ? Formats.decimal(value) : Formats.percent(value);
  }

  /** The result in one or two plain sentences, for the summary. */
  static String verdict(Metrics metrics, String target) {
    String rows = "On " + Formats.count(metrics.count()) + " test rows the model never saw, ";
    if (metrics instanceof ClassificationMetrics m) {
      return rows + "it predicted the right \u201C" + target + "\u201D for " + Formats.percent(m.accuracy())
          + " of them (" + Formats.count(Math.round(m.accuracy() * m.count())) + " rows).";
    }
    RegressionMetrics m = (RegressionMetrics) metrics;
    String fit = m.r2() >= 0
        ? " It explains " + Formats.percent(m.r2()) + " of the variation in \u201C" + target + "\u201D."
        : " Its R\u00B2 is below zero: it predicts worse than always guessing the average.";
    return rows + "its predictions of \u201C" + target + "\u201D were off by " + Formats.decimal(m.mae())
        + " on average." + (Double.isFinite(m.r2()) ? fit : "");
  }

  /** How to read the headline numbers, in one short paragraph. */
  static String howToRead(Metrics metrics, String target) {
    String rows = "Measured on " + Formats.count(metrics.count())
        + " test rows that the model never saw during training. ";
    if (metrics instanceof ClassificationMetrics) {
      return rows + "Accuracy is the share of rows predicted right. Macro-F1 averages the F1 score "
          + "of every class, so small classes count as much as large ones. ROC AUC is 0.5 for "
          + "guessing and 1 for a perfect ranking. Log-loss rewards confident right answers: lower "
          + "is better.";
    }
    return rows + "RMSE and MAE are typical prediction errors in the units of \u201C" + target
        + "\u201D (RMSE weighs large misses more): lower is better. R\u00B2 is 1 for a perfect "
        + "fit and 0 for a model no better than always predicting the average.";
  }
}
