package org.modelworkbench.services.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.catalog.SettingsText;
import org.modelworkbench.store.ProjectDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run as the project records it, from its start (or its reopening) to its end. Every route
 * trains through one, so the steps every run goes through are written once: the row created with
 * its route, each epoch stored as it ends, and the end as completed with the kept model and its
 * test metrics, as cancelled, or as failed with a plain message. A process that dies leaves the
 * run running, which the next open marks as interrupted.
 */
final class RecordedRun {
  /** The run's checkpoint folder, inside its artifact folder. */
  static final String CHECKPOINTS = "checkpoints";

  private static final Logger LOG = LoggerFactory.getLogger(RecordedRun.class);

  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final long id;
  private final DatasetInfo dataset;
  private final TrainingSettings settings;
  private final TrainingListener epochs;
  private final CancellationToken cancel;

  private RecordedRun(TrainingContext context, long id, DatasetInfo dataset, TrainingSettings settings,
      TrainingObserver observer, CancellationToken cancel) {
    this.database = context.database();
    this.catalog = context.catalog();
    this.id = id;
    this.dataset = dataset;
    this.settings = settings;
    this.epochs = new RunEpochRecorder(database, id, settings.epochs(), observer);
    this.cancel = cancel;
  }

  /**
   * Records a new running run on a route and tells the observer it started.
   *
   * @param settings the settings stored as its hyperparameters
   * @param task the task it trains
   * @param extra settings beyond {@link TrainingSettings} the route records, for example the
   *     SavedModel {@code strategy}; empty for none
   * @param cancel the run's token: it decides whether a stopped run ends as cancelled or interrupted
   */
  static RecordedRun start(TrainingContext context, TrainingRoute route, DatasetInfo dataset,
      TrainingSettings settings, Task task, DeviceInfo device, DataSplit split, Map<String, String> extra,
      TrainingObserver observer, CancellationToken cancel) {
    ProjectDatabase database = context.database();
    long id = database.runs().start(dataset.id(), settings, task, device, Map.of(), split, route.name());
    if (!extra.isEmpty()) {
      database.runs().addHyperparameters(id, extra, settings.asMap());
    }
    observer.started(id, device);
    return new RecordedRun(context, id, dataset, settings, observer, cancel);
  }

  /**
   * Sets a stopped run back to running, keeping its curve and split, and tells the observer it
   * started again on its device.
   *
   * @param settings the run's settings as the route trains with them
   * @param cancel the run's token, as for {@link #start}
   */
  static RecordedRun reopen(TrainingContext context, RunInfo stopped, DatasetInfo dataset, TrainingSettings settings,
      TrainingObserver observer, CancellationToken cancel) {
    context.database().runs().reopen(stopped.id());
    observer.started(stopped.id(), stopped.device());
    return new RecordedRun(context, stopped.id(), dataset, settings, observer, cancel);
  }

  /**
   * The dataset version a stopped run trained on.
   *
   * @throws WorkbenchException when it is gone from the project
   */
  static DatasetInfo datasetOf(TrainingContext context, RunInfo stopped) {
    return context.database().datasets().find(stopped.datasetId())
        .orElseThrow(() -> new WorkbenchException("The dataset of run " + stopped.id() + " no longer exists."));
  }

  /** The settings a stopped run stored. */
  static TrainingSettings settingsOf(RunInfo stopped) {
    return SettingsText.parse(stopped.hyperparameters());
  }

  /** The checkpoint folder of any run, recorded or not. */
  static Path checkpoints(TrainingContext context, long runId) {
    return context.database().artifacts().runDirectory(runId).resolve(CHECKPOINTS);
  }

  /** The run's id. */
  long id() {
    return id;
  }

  /** The run's artifact folder. */
  Path directory() {
    return database.artifacts().runDirectory(id);
  }

  /** Where the run writes the model it keeps. */
  Path modelDir() {
    return directory().resolve("model");
  }

  /** Where the run leaves a checkpoint after every epoch. */
  Path checkpoints() {
    return directory().resolve(CHECKPOINTS);
  }

  /** Stores the device and each epoch as it ends, and forwards progress to the observer. */
  TrainingListener epochs() {
    return epochs;
  }

  /**
   * Stores a resumed run's whole curve from its checkpoint: the checkpoint is authoritative, and
   * fills an epoch a crash kept out of the store.
   */
  void recordCurve(List<EpochMetrics> curve) {
    curve.forEach(epoch -> database.runs().addEpoch(id, epoch));
  }

  /**
   * Ends a run whose training stopped before it finished; it keeps its curve, and its checkpoints
   * to resume from. Cancelled by the user, it is cancelled with the message; stopped because the
   * application is closing ({@link CancellationToken#isShutdown()}), it is interrupted with
   * {@link RunEndings#CLOSED}, as if the process had died, so Resume continues it.
   *
   * @param message what a run cancelled by the user says, one of {@link RunEndings}
   */
  RunInfo cancelled(String message) {
    if (cancel.isShutdown()) {
      database.runs().finish(id, RunStatus.INTERRUPTED, RunEndings.CLOSED, null, null);
    } else {
      database.runs().finish(id, RunStatus.CANCELLED, message, null, null);
    }
    return stored();
  }

  /**
   * Ends the run as completed: adds the model it kept to the library with what the model takes
   * and gives, stores its test evaluation, and returns the run as stored.
   */
  RunInfo keep(KeptModel kept, Metrics testMetrics) {
    ModelInfo model = database.models().insert(modelName(), kept.kind(), kept.engine(),
        database.artifacts().relativize(kept.folder()), kept.task(), kept.baseModelId(), id, dataset.id(),
        kept.signature());
    database.evaluations().insert(id, model.id(), dataset.id(), "test", testMetrics);
    database.runs().finish(id, RunStatus.COMPLETED, null, model.id(), testMetrics);
    return stored();
  }

  /**
   * Trains, and ends the run as cancelled when the token stopped it mid-step, or as failed when
   * anything went wrong, with a plain message.
   *
   * @param training the route's training, which ends the run itself when it completes or is cancelled
   * @return the run as stored at its end
   * @throws WorkbenchException with the failed run's message
   */
  RunInfo guard(Supplier<RunInfo> training) {
    try {
      return training.get();
    } catch (CancellationException e) {
      return cancelled(RunEndings.CANCELLED);
    } catch (RuntimeException e) {
      throw failed(e);
    }
  }

  /** Records the run as failed and returns the exception to throw, with a plain message. */
  private WorkbenchException failed(RuntimeException e) {
    LOG.warn("Run {} failed", id, e);
    String message = e instanceof WorkbenchException ? nameBaseModel(e.getMessage())
        : "Training failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    database.runs().finish(id, RunStatus.FAILED, message, null, null);
    return new WorkbenchException(message, e);
  }

  /** The engine names a base model by its folder; the user knows it by its project name. */
  private String nameBaseModel(String message) {
    if (settings.baseModel() == null || settings.baseModel().isBlank() || message == null) {
      return message;
    }
    return message.replace("base model 'model'", "base model '" + settings.baseModel() + "'");
  }

  /** The library name of the kept model: {@code <dataset>-run<id>}, made unique if taken. */
  private String modelName() {
    String name = dataset.name() + "-run" + id;
    return database.models().findByName(name).isPresent() ? name + "-" + System.currentTimeMillis() : name;
  }

  private RunInfo stored() {
    return catalog.run(id);
  }
}
