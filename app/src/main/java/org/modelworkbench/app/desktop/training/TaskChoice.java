package org.modelworkbench.app.desktop.training;

import org.modelworkbench.model.Task;

/** The task as the dialog offers it: decided from the target, or chosen. */
public enum TaskChoice {
  /** Let the target column decide. */
  AUTO("Decide from the target", null),
  /** Predict a class. */
  CLASSIFICATION("Classification (predict a class)", Task.CLASSIFICATION),
  /** Predict a number. */
  REGRESSION("Regression (predict a number)", Task.REGRESSION);

  private final String label;
  private final Task task;

  TaskChoice(String label, Task task) {
    this.label = label;
    this.task = task;
  }

  /** The task for the settings, or null for "decide". */
  public Task task() {
    return task;
  }

  @Override
  public String toString() {
    return label;
  }
}
