package org.modelworkbench.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.tensorflow.SavedModelResumePoint;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Continues a stopped TensorFlow SavedModel fine-tuning run. A {@code full} run continues from the
 * SavedModel checkpoint of its last stored epoch with its stored settings and split, and with the
 * early-stopping state (best epoch and best validation accuracy) read back from its stored curve; it
 * ends like a fresh run, keeping the best epoch's SavedModel with lineage and test metrics. A
 * {@code head} run is refused: it keeps no checkpoints, so it has to be trained again.
 */
final class SavedModelResumption {
  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final SavedModelFineTuning fineTuning;

  SavedModelResumption(ProjectDatabase database, CatalogService catalog, SavedModelFineTuning fineTuning) {
    this.database = database;
    this.catalog = catalog;
    this.fineTuning = fineTuning;
  }

  /** Whether the run fine-tuned a SavedModel (it recorded a strategy). */
  static boolean appliesTo(RunInfo run) {
    return run.hyperparameters().containsKey("strategy");
  }

  /** Whether the run is a {@code full} fine-tune whose last stored epoch left its checkpoint. */
  boolean hasCheckpoint(RunInfo run) {
    if (!SavedModelOptions.FULL.equals(run.hyperparameters().get("strategy"))) {
      return false;
    }
    List<EpochMetrics> curve = database.runs().curve(run.id());
    return !curve.isEmpty() && Files.isRegularFile(checkpoint(run.id(), curve.size()).resolve("saved_model.pb"));
  }

  /**
   * Reopens the run and continues it; see the class comment.
   *
   * @throws WorkbenchException for a {@code head} run, or a run without a usable checkpoint
   */
  RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    if (SavedModelOptions.HEAD.equals(stopped.hyperparameters().get("strategy"))) {
      throw new WorkbenchException("Run " + stopped.id() + " trained a new head on a SavedModel's features "
          + "(--strategy head), which keeps no checkpoints, so it cannot be resumed; train it again instead.");
    }
    if (!hasCheckpoint(stopped)) {
      throw new WorkbenchException("Run " + stopped.id() + " has no checkpoint to continue from; train it again "
          + "instead.");
    }
    DatasetInfo dataset = database.datasets().find(stopped.datasetId())
        .orElseThrow(() -> new WorkbenchException("The dataset of run " + stopped.id() + " no longer exists."));
    TrainingSettings settings = SettingsText.parse(stopped.hyperparameters());
    ModelInfo base = catalog.model(settings.baseModel());
    SavedModelResumePoint from = SavedModelResumePoint.after(database.runs().curve(stopped.id()));
    DataSplit split = database.runs().split(stopped.id());
    database.runs().reopen(stopped.id());
    observer.started(stopped.id(), stopped.device());
    try {
      return fineTuning.full(stopped.id(), dataset, settings, base, database.models().signature(base.id()),
          fineTuning.parts(dataset, settings, split), database.artifacts().runDirectory(stopped.id()),
          new RunEpochRecorder(database, stopped.id(), settings.epochs(), observer), cancel, from);
    } catch (RuntimeException e) {
      throw fineTuning.failed(stopped.id(), e);
    }
  }

  private Path checkpoint(long runId, int epoch) {
    return database.artifacts().runDirectory(runId).resolve(ImageTrainingFlow.CHECKPOINTS).resolve("epoch-" + epoch);
  }
}
