package org.modelworkbench.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.ml.EpochFolders;
import org.modelworkbench.ml.tensorflow.SavedModelResumePoint;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Continues a stopped TensorFlow SavedModel fine-tuning run with its stored settings and split. A
 * {@code full} run continues from the SavedModel checkpoint of its last stored epoch, with the
 * early-stopping state (best epoch and best validation accuracy) read back from its stored curve.
 * A {@code head} run computes the frozen model's features again and continues its head from the
 * last tabular checkpoint (parameters, best epoch, early-stopping count). Either ends like a fresh
 * run, keeping the best epoch's model with lineage and test metrics.
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

  /** Whether the run's last epoch left a checkpoint to continue from. */
  boolean hasCheckpoint(RunInfo run) {
    if (isHead(run)) {
      return fineTuning.heads().hasCheckpoint(run.id());
    }
    if (!SavedModelOptions.FULL.equals(run.hyperparameters().get("strategy"))) {
      return false;
    }
    List<EpochMetrics> curve = database.runs().curve(run.id());
    return !curve.isEmpty() && Files.isRegularFile(checkpoint(run.id(), curve.size()).resolve("saved_model.pb"));
  }

  /**
   * Reopens the run and continues it; see the class comment.
   *
   * @throws WorkbenchException for a run without a usable checkpoint
   */
  RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    if (!hasCheckpoint(stopped)) {
      throw new WorkbenchException("Run " + stopped.id() + " has no checkpoint to continue from; train it again "
          + "instead.");
    }
    DatasetInfo dataset = database.datasets().find(stopped.datasetId())
        .orElseThrow(() -> new WorkbenchException("The dataset of run " + stopped.id() + " no longer exists."));
    TrainingSettings settings = SettingsText.parse(stopped.hyperparameters());
    ModelInfo base = catalog.model(settings.baseModel());
    DataSplit split = database.runs().split(stopped.id());
    database.runs().reopen(stopped.id());
    observer.started(stopped.id(), stopped.device());
    try {
      ModelSignature signature = database.models().signature(base.id());
      SavedModelFineTuning.Parts parts = fineTuning.parts(dataset, settings, split);
      RunEpochRecorder recorder = new RunEpochRecorder(database, stopped.id(), settings.epochs(), observer);
      if (isHead(stopped)) {
        return fineTuning.heads().train(stopped.id(), dataset, settings, base, signature,
            stopped.hyperparameters().get(SavedModelHead.SIGNATURE_SETTING), parts, recorder, cancel, true);
      }
      return fineTuning.full(stopped.id(), dataset, settings, base, signature, parts,
          database.artifacts().runDirectory(stopped.id()), recorder, cancel,
          SavedModelResumePoint.after(database.runs().curve(stopped.id())));
    } catch (RuntimeException e) {
      throw fineTuning.failed(stopped.id(), e);
    }
  }

  private static boolean isHead(RunInfo run) {
    return SavedModelOptions.HEAD.equals(run.hyperparameters().get("strategy"));
  }

  private Path checkpoint(long runId, int epoch) {
    return EpochFolders.of(database.artifacts().runDirectory(runId).resolve(ImageTrainingFlow.CHECKPOINTS), epoch);
  }
}
