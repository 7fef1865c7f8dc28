package org.modelworkbench.ml.tabular;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/**
 * What to train: the already split rows, the columns, the task and the settings.
 *
 * @param train training rows (the preprocessing is fitted on these only)
 * @param validation validation rows for early stopping and the curve
 * @param featureColumns the input columns, in order
 * @param target the column to predict
 * @param task classification or regression (already decided; not null)
 * @param settings hyperparameters, seed, device and threads
 * @param modelDir the folder the best model is saved into (created if needed)
 * @param baseModelDir a saved model folder to start from, or null to start from random weights
 * @param checkpointDir the folder a checkpoint is written to after every epoch (only the latest
 *     is kept), so the run can be resumed; null to write none
 */
public record TrainingRequest(
    DataTable train,
    DataTable validation,
    List<String> featureColumns,
    String target,
    Task task,
    TrainingSettings settings,
    Path modelDir,
    Path baseModelDir,
    Path checkpointDir) {

  /** Copies the feature list. */
  public TrainingRequest {
    featureColumns = List.copyOf(featureColumns);
  }

  /** A request that writes no checkpoints. */
  public TrainingRequest(DataTable train, DataTable validation, List<String> featureColumns,
      String target, Task task, TrainingSettings settings, Path modelDir, Path baseModelDir) {
    this(train, validation, featureColumns, target, task, settings, modelDir, baseModelDir, null);
  }
}
