package org.modelworkbench.services.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.DatasetService;
import org.modelworkbench.services.datasets.TaskInference;

/**
 * The checked inputs of a run on a table: the task (given, or inferred from the target) and the
 * feature columns.
 *
 * @param task the task the run uses
 * @param features every column but the target, the left-out ones and free text, in dataset order
 * @param textColumns the free-text columns left out because a table model does not read text
 */
record TabularPlan(Task task, List<String> features, List<String> textColumns) {
  /** The fewest rows with a target that a run trains on. */
  private static final int MINIMUM_ROWS = 10;

  /**
   * Checks the settings against the dataset: target, task, base model, features, classes, rows.
   *
   * @throws WorkbenchException with a plain message when something does not fit
   */
  static TabularPlan of(CatalogService catalog, DatasetInfo dataset, TrainingSettings settings) {
    String target = settings.target();
    if (target == null || target.isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    DatasetService.requireColumn(dataset, target);
    for (String excluded : settings.excludedColumns()) {
      DatasetService.requireColumn(dataset, excluded);
    }
    ColumnProfile targetProfile = dataset.column(target).orElseThrow();
    TaskInference.requireTarget(targetProfile);
    Task task = settings.task() != null ? settings.task() : TaskInference.infer(targetProfile);
    if (task == Task.REGRESSION && !targetProfile.type().isNumeric()) {
      throw new WorkbenchException("The target '" + target + "' is " + targetProfile.type().label()
          + ", not numeric, so regression cannot predict it; use classification instead.");
    }
    if (settings.baseModel() != null && !settings.baseModel().isBlank()) {
      ModelInfo base = catalog.model(settings.baseModel());
      if (base.task() != null && base.task() != task) {
        throw new WorkbenchException("The base model '" + base.name() + "' does " + base.task().label()
            + " but predicting '" + target + "' is " + task.label() + "; pick a " + task.label() + " model.");
      }
    }
    List<String> features = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Set<String> excluded = new HashSet<>(settings.excludedColumns());
    for (ColumnProfile column : dataset.columns()) {
      if (!column.name().equals(target) && !excluded.contains(column.name())) {
        // One-hot inputs of mostly different texts would teach the model nothing; text needs a text model.
        (column.type() == ColumnType.TEXT ? texts : features).add(column.name());
      }
    }
    if (features.isEmpty() && !texts.isEmpty()) {
      throw new WorkbenchException("The only columns besides the target '" + target + "' are free text ("
          + quoted(texts) + "), which a table model does not read. Keep some columns of numbers or categories,"
          + " or train a text model.");
    }
    if (features.isEmpty()) {
      throw new WorkbenchException("No feature columns are left besides the target '" + target + "'.");
    }
    if (task == Task.CLASSIFICATION && targetProfile.distinct() < 2) {
      throw new WorkbenchException("The target '" + target + "' has only one class; a classifier needs at least two.");
    }
    long labelled = dataset.rows() - targetProfile.missing();
    if (labelled < MINIMUM_ROWS) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has only " + labelled
          + " rows with a target value; training needs at least " + MINIMUM_ROWS + ".");
    }
    return new TabularPlan(task, List.copyOf(features), List.copyOf(texts));
  }

  /** One sentence per free-text column left out, for the train dialog and the run's notices. */
  List<String> notices() {
    return textColumns.stream().map(c -> "'" + c + "' is free text, which this table model does not read, so it is"
        + " not used by this model.").toList();
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
