package org.modelworkbench.services.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.ml.text.classify.TextInputs;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.DatasetService;
import org.modelworkbench.services.datasets.TaskInference;

/**
 * What a text route reads, checked against the dataset: the free-text columns, the ordinary
 * columns that join them (a mixed table), and the classes. Text routes classify; a numeric target
 * is treated as classes when it has few values, and refused as regression.
 *
 * @param inputs the text and ordinary columns read
 */
record TextPlan(TextInputs inputs) {
  /** The fewest labelled rows a text run trains on. */
  private static final int MINIMUM_ROWS = 10;

  /**
   * Checks the settings against the dataset.
   *
   * @param readsTabular whether the route joins ordinary columns to the text (else it leaves them out)
   * @throws WorkbenchException with a plain message when something does not fit
   */
  static TextPlan of(DatasetInfo dataset, TrainingSettings settings, boolean readsTabular) {
    String target = settings.target();
    if (target == null || target.isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    DatasetService.requireColumn(dataset, target);
    settings.excludedColumns().forEach(c -> DatasetService.requireColumn(dataset, c));
    ColumnProfile targetProfile = dataset.column(target).orElseThrow();
    TaskInference.requireTarget(targetProfile);
    if (settings.task() == Task.REGRESSION) {
      throw new WorkbenchException("Text models sort texts into classes; predicting the number '" + target
          + "' is regression, which they do not do. Use classification, or a table model.");
    }
    Set<String> excluded = new HashSet<>(settings.excludedColumns());
    List<String> texts = new ArrayList<>();
    List<String> tabular = new ArrayList<>();
    for (ColumnProfile column : dataset.columns()) {
      if (column.name().equals(target) || excluded.contains(column.name()) || identifierLike(column, dataset)) {
        continue;
      }
      (column.type() == ColumnType.TEXT ? texts : tabular).add(column.name());
    }
    if (texts.isEmpty()) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has no free-text column besides the target '"
          + target + "', so a text model has nothing to read. Mark a column as text, or train a table model.");
    }
    if (targetProfile.distinct() < 2) {
      throw new WorkbenchException("The target '" + target + "' has only one class; a classifier needs at least two.");
    }
    long labelled = dataset.rows() - targetProfile.missing();
    if (labelled < MINIMUM_ROWS) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has only " + labelled
          + " rows with a target value; training needs at least " + MINIMUM_ROWS + ".");
    }
    return new TextPlan(new TextInputs(texts, readsTabular ? tabular : List.of()));
  }

  /**
   * A category that is nearly unique per row (a file name, a ticket number) teaches nothing and
   * would only blow up the features.
   */
  private static boolean identifierLike(ColumnProfile column, DatasetInfo dataset) {
    long present = dataset.rows() - column.missing();
    return column.type() == ColumnType.CATEGORICAL && present > 0 && column.distinct() * 2 > present;
  }

  /** Text routes always classify. */
  Task task() {
    return Task.CLASSIFICATION;
  }

  /** The ordinary columns a route that reads text only leaves out, one sentence each. */
  static List<String> leftOut(DatasetInfo dataset, TrainingSettings settings) {
    TextPlan all = of(dataset, settings, true);
    return all.inputs().tabularColumns().isEmpty() ? List.of()
        : List.of("This model reads the text only; the other columns (" + String.join(", ",
            all.inputs().tabularColumns().stream().map(c -> "'" + c + "'").toList()) + ") are not used.");
  }
}
