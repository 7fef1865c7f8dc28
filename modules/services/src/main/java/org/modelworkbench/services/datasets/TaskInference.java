package org.modelworkbench.services.datasets;

import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.Task;

/**
 * Decides whether a target column asks for classification or regression.
 *
 * <p>Text and booleans are classes; decimals are numbers; whole numbers are classes when they take
 * few distinct values (a rating, a 0/1 flag, a class code) and numbers otherwise.
 */
public final class TaskInference {
  /** Whole-number targets with at most this many distinct values are treated as classes. */
  static final int MAX_CLASSES_FOR_INTEGER_TARGET = 20;

  private TaskInference() {}

  /** The task that fits the target column's profile. */
  public static Task infer(ColumnProfile target) {
    ColumnType type = target.type();
    return switch (type) {
      case CATEGORICAL, BOOLEAN -> Task.CLASSIFICATION;
      case DECIMAL, DATE, TIMESTAMP -> Task.REGRESSION;
      case INTEGER -> target.distinct() <= MAX_CLASSES_FOR_INTEGER_TARGET
          ? Task.CLASSIFICATION : Task.REGRESSION;
    };
  }
}
