package org.modelworkbench.model;

import java.util.List;

/**
 * A model's output for a set of rows.
 *
 * @param task classification or regression
 * @param classLabels class labels (classification), in probability column order; empty otherwise
 * @param predictedLabels predicted class per row (classification), else null
 * @param probabilities per row, one probability per class (classification), else null
 * @param values predicted number per row (regression), else null
 */
public record Predictions(
    Task task,
    List<String> classLabels,
    String[] predictedLabels,
    double[][] probabilities,
    double[] values) {

  /** Copies the label list. */
  public Predictions {
    classLabels = classLabels == null ? List.of() : List.copyOf(classLabels);
  }

  /** Number of rows predicted. */
  public int size() {
    return task == Task.CLASSIFICATION ? predictedLabels.length : values.length;
  }
}
