package org.modelworkbench.app.desktop.runs;

import org.modelworkbench.model.RunInfo;

/**
 * One line of the runs browser: a run flattened into the values its columns show and sort by.
 *
 * @param run the run
 */
public record RunRow(RunInfo run) {
  /** The run id. */
  public long id() {
    return run.id();
  }

  /** The dataset and its version: {@code penguins · version 1}. */
  public String dataset() {
    return org.modelworkbench.app.desktop.common.Formats.datasetVersion(run.datasetName(), run.datasetVersion());
  }

  /** The device's readable name. */
  public String device() {
    return run.device() == null ? "" : org.modelworkbench.app.desktop.common.Formats.device(run.device());
  }

  /** A headline test metric by key, or null when the run has none. */
  public Double metric(String key) {
    if (run.testMetrics() == null) {
      return null;
    }
    Double value = run.testMetrics().headline().get(key);
    return value == null || value.isNaN() ? null : value;
  }

  /** A hyperparameter by key, or an empty text. */
  public String parameter(String key) {
    return run.hyperparameters().getOrDefault(key, "");
  }

  /** The number of epochs actually trained is not in the run; this is the maximum asked for. */
  public Integer maxEpochs() {
    try {
      return Integer.valueOf(parameter("epochs"));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The learning rate, or null. */
  public Double learningRate() {
    try {
      return Double.valueOf(parameter("learning_rate"));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
