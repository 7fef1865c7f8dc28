package org.modelworkbench.services.datasets;

import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * Decides whether a target column asks for classification or regression.
 *
 * <p>Text and booleans are classes; decimals are numbers; whole numbers are classes when they take
 * few distinct values (a rating, a 0/1 flag, a class code) and numbers otherwise. Free text is
 * what a model reads, never what it predicts.
 */
public final class TaskInference {
  /** Whole-number targets with at most this many distinct values are treated as classes. */
  static final int MAX_CLASSES_FOR_INTEGER_TARGET = 20;

  private TaskInference() {}

  /**
   * The task that fits the target column's profile.
   *
   * @throws WorkbenchException with a plain message for a free-text column
   */
  public static Task infer(ColumnProfile target) {
    requireTarget(target);
    ColumnType type = target.type();
    return switch (type) {
      case CATEGORICAL, BOOLEAN -> Task.CLASSIFICATION;
      case TEXT -> throw new IllegalStateException("unreachable");
      case DECIMAL, DATE, TIMESTAMP -> Task.REGRESSION;
      case INTEGER -> target.distinct() <= MAX_CLASSES_FOR_INTEGER_TARGET
          ? Task.CLASSIFICATION : Task.REGRESSION;
    };
  }

  /**
   * Checks that a column can be predicted at all.
   *
   * @throws WorkbenchException with a plain message for a free-text column
   */
  public static void requireTarget(ColumnProfile target) {
    if (target.type() == ColumnType.TEXT) {
      throw new WorkbenchException("'" + target.name() + "' holds free text, which a model reads rather than"
          + " predicts. Pick the column with the labels (the classes to sort the texts into) as the target.");
    }
  }
}
