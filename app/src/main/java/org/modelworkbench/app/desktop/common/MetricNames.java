package org.modelworkbench.app.desktop.common;

import java.util.Map;

/** Readable names of the metric keys the services use. */
public final class MetricNames {
  private static final Map<String, String> LABELS = Map.of(
      "accuracy", "Accuracy",
      "macro_f1", "Macro F1",
      "roc_auc", "ROC AUC",
      "log_loss", "Log loss",
      "rmse", "RMSE",
      "mae", "MAE",
      "r2", "R²");

  private MetricNames() {}

  /** The label of a metric key, for example "Macro F1" for {@code macro_f1}. */
  public static String label(String key) {
    return LABELS.getOrDefault(key, key.replace('_', ' '));
  }

  /** Whether a smaller value of the metric is better (losses and errors). */
  public static boolean lowerIsBetter(String key) {
    return key.equals("log_loss") || key.equals("rmse") || key.equals("mae");
  }

  /** A readable name of a hyperparameter key, for example "Learning rate". */
  public static String parameter(String key) {
    String words = key.replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
