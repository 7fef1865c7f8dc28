package org.modelworkbench.model;

import java.util.Map;

/** Metrics of a model on one set of rows. */
public sealed interface Metrics permits ClassificationMetrics, RegressionMetrics {
  /** The task the metrics are for. */
  Task task();

  /** Number of rows scored. */
  long count();

  /** The headline numbers by their JSON key, for tables and comparisons. */
  Map<String, Double> headline();
}
