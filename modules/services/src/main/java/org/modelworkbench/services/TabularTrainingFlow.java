package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.modelworkbench.ml.TabularModel;
import org.modelworkbench.ml.TabularTrainer;
import org.modelworkbench.ml.TrainingListener;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.ml.TrainingRequest;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an MLP or linear model on a tabular run that is already recorded, or continues a stopped
 * one from its checkpoint, and records how it ends: curve, test metrics and the kept model. A
 * checkpoint is written into the run's {@value ImageTrainingFlow#CHECKPOINTS} folder after every
 * epoch.
 */
final class TabularTrainingFlow {
  private static final Logger LOG = LoggerFactory.getLogger(TabularTrainingFlow.class);

  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final RunModelKeeper keeper;

  TabularTrainingFlow(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
    this.keeper = new RunModelKeeper(database, catalog);
  }

  /**
   * Trains a recorded run afresh.
   *
   * @param settings the run's settings with the task decided
   * @param baseModelDir the base model's folder, or null
   */
  RunInfo train(long runId, DatasetInfo dataset, TrainingSettings settings, DataTable rows,
      DataSplit split, List<String> features, Path baseModelDir, TrainingObserver observer,
      CancellationToken cancel) {
    return run(runId, dataset, settings, rows, split, features, baseModelDir, observer, cancel,
        false);
  }

  /**
   * Continues a stopped run from its last checkpoint with its stored settings and split; see
   * {@link TabularTrainer#resume} for what is kept (the optimizer's state is not).
   *
   * @param settings the run's stored settings (task decided)
   * @param features the run's feature columns
   */
  RunInfo resume(RunInfo stopped, DatasetInfo dataset, TrainingSettings settings,
      List<String> features, TrainingObserver observer, CancellationToken cancel) {
    if (!hasCheckpoint(stopped.id())) {
      throw new WorkbenchException("Run " + stopped.id()
          + " has no checkpoint to continue from; train it again instead.");
    }
    DataSplit split = database.runs().split(stopped.id());
    DataTable rows = database.datasets().rows(dataset.id());
    database.runs().reopen(stopped.id());
    observer.started(stopped.id(), stopped.device());
    return run(stopped.id(), dataset, settings, rows, split, features, null, observer, cancel,
        true);
  }

  /** Whether the run left a tabular checkpoint to continue from. */
  boolean hasCheckpoint(long runId) {
    return TabularTrainer.hasCheckpoint(checkpointDir(runId));
  }

  private Path checkpointDir(long runId) {
    return database.artifacts().runDirectory(runId).resolve(ImageTrainingFlow.CHECKPOINTS);
  }

  private RunInfo run(long runId, DatasetInfo dataset, TrainingSettings settings, DataTable rows,
      DataSplit split, List<String> features, Path baseModelDir, TrainingObserver observer,
      CancellationToken cancel, boolean resume) {
    Path modelDir = database.artifacts().runDirectory(runId).resolve("model");
    try {
      TrainingRequest request = new TrainingRequest(rows.selectRows(split.train()),
          rows.selectRows(split.validation()), features, settings.target(), settings.task(),
          settings, modelDir, baseModelDir, checkpointDir(runId));
      TrainingListener listener = new RunEpochRecorder(database, runId, settings.epochs(), observer);
      TabularTrainer trainer = new TabularTrainer();
      TrainingOutcome outcome = resume ? trainer.resume(request, listener, cancel)
          : trainer.train(request, listener, cancel);
      if (resume) {
        // The checkpoint's curve is authoritative: fills an epoch a crash kept out of the store.
        outcome.curve().forEach(epoch -> database.runs().addEpoch(runId, epoch));
      }
      if (outcome.cancelled()) {
        StoppedRuns.finish(database, runId, cancel, "Cancelled by the user.");
        return catalog.run(runId);
      }
      Metrics test;
      try (TabularModel model = TabularModel.load(modelDir)) {
        test = MetricsScorer.score(model, rows.selectRows(split.test()), settings.target());
      }
      return keeper.keep(runId, dataset, new RunModelKeeper.Kept(settings.modelKind().label(), "PyTorch",
          modelDir, settings.task(), baseModelId(settings), TrainedModelSignatures.tabular(modelDir)), test);
    } catch (CancellationException e) {
      StoppedRuns.finish(database, runId, cancel, "Cancelled by the user.");
      return catalog.run(runId);
    } catch (RuntimeException e) {
      LOG.warn("Run {} failed", runId, e);
      String message = e instanceof WorkbenchException ? nameBaseModel(e.getMessage(), settings)
          : "Training failed: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
      database.runs().finish(runId, RunStatus.FAILED, message, null, null);
      throw new WorkbenchException(message, e);
    }
  }

  /** The engine names a base model by its folder; the user knows it by its project name. */
  private static String nameBaseModel(String message, TrainingSettings settings) {
    if (settings.baseModel() == null || settings.baseModel().isBlank()) {
      return message;
    }
    return message.replace("base model 'model'", "base model '" + settings.baseModel() + "'");
  }

  private Long baseModelId(TrainingSettings settings) {
    if (settings.baseModel() == null || settings.baseModel().isBlank()) {
      return null;
    }
    return catalog.model(settings.baseModel()).id();
  }
}
