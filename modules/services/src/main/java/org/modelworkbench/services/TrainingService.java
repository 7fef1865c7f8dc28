package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.data.split.Splitter;
import org.modelworkbench.ml.Devices;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Trains a model on a dataset version and records the run: settings, split, device, curve, test
 * metrics and the kept model.
 */
public final class TrainingService {
  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final QualityService quality;
  private final ImageTrainingFlow images;
  private final TabularTrainingFlow tabular;
  private final SavedModelFineTuning savedModels;
  private final SavedModelResumption savedModelRuns;

  TrainingService(ProjectDatabase database, CatalogService catalog, QualityService quality) {
    this.database = database;
    this.catalog = catalog;
    this.quality = quality;
    this.images = new ImageTrainingFlow(database, catalog);
    this.tabular = new TabularTrainingFlow(database, catalog);
    this.savedModels = new SavedModelFineTuning(database, catalog);
    this.savedModelRuns = new SavedModelResumption(database, catalog, savedModels);
  }

  /** The devices this machine offers: the CPU, then each GPU found with its name. */
  public List<DeviceInfo> availableDevices() {
    return Devices.available();
  }

  /**
   * Checks the settings against the dataset without training: target, task, classes, features.
   *
   * @return the task the run would use
   * @throws WorkbenchException with a plain message when something does not fit
   */
  public Task validate(DatasetInfo dataset, TrainingSettings settings) {
    if (dataset.holdsImages()) {
      validateImages(dataset, settings);
      return Task.CLASSIFICATION;
    }
    return plan(dataset, settings).task();
  }

  /**
   * Trains and records a run with image options; on a tabular dataset the options are ignored.
   * An image dataset (columns file, class, width, height, channels) trains a CNN: a small residual
   * network from scratch, or the settings' base model (a TorchScript file) fine-tuned under a new
   * head. A checkpoint is written after every epoch, so the run can be resumed.
   *
   * @see #train(DatasetInfo, TrainingSettings, boolean, TrainingObserver, CancellationToken)
   */
  public RunInfo train(DatasetInfo dataset, TrainingSettings settings, ImageOptions options, boolean strict,
      TrainingObserver observer, CancellationToken cancel) {
    if (!dataset.holdsImages()) {
      return train(dataset, settings, strict, observer, cancel);
    }
    validateImages(dataset, settings);
    DeviceInfo device = Devices.resolve(settings.device(), strict);
    if (device.note() != null) {
      observer.notice(device.note());
    }
    DataTable rows = database.datasets().rows(dataset.id());
    DataSplit split = splitLabelledRows(rows, settings, Task.CLASSIFICATION);
    return images.train(dataset, settings, options, observer, cancel, device, split);
  }

  /**
   * Trains and records a run whose base may be a TensorFlow SavedModel: then it is fine-tuned with
   * the given strategy (see {@link SavedModelOptions}) on an image or tabular dataset; any other
   * run goes as {@link #train(DatasetInfo, TrainingSettings, ImageOptions, boolean, TrainingObserver,
   * CancellationToken)}.
   */
  public RunInfo train(DatasetInfo dataset, TrainingSettings settings, ImageOptions options,
      SavedModelOptions savedModel, boolean strict, TrainingObserver observer, CancellationToken cancel) {
    if (!savedModels.appliesTo(settings)) {
      return train(dataset, settings, options, strict, observer, cancel);
    }
    DeviceInfo device = Devices.resolve(settings.device(), strict);
    if (device.note() != null) {
      observer.notice(device.note());
    }
    DataSplit split = splitLabelledRows(database.datasets().rows(dataset.id()), settings, Task.CLASSIFICATION);
    return savedModels.train(dataset, settings, savedModel, observer, cancel, device, split);
  }

  /**
   * Continues a cancelled, failed or interrupted run from its last checkpoint with its stored
   * settings and split. The run goes back to running and ends as completed, cancelled or failed.
   * An image run continues exactly; a tabular (MLP or linear) run continues with the same rows,
   * shuffling and best model, but its optimizer's state starts afresh. A TensorFlow SavedModel run
   * with strategy {@code full} continues from its last epoch's SavedModel checkpoint with the same
   * shuffling and early-stopping state; a {@code head} run computes the frozen model's features
   * again and continues its head from the last checkpoint, like a tabular run.
   *
   * @throws WorkbenchException when the run is running or completed, or left no checkpoint
   */
  public RunInfo resume(long runId, TrainingObserver observer, CancellationToken cancel) {
    RunInfo run = catalog.run(runId);
    if (run.status() == RunStatus.RUNNING || run.status() == RunStatus.COMPLETED) {
      throw new WorkbenchException("Run " + runId + " is " + run.status().label()
          + "; only a cancelled, failed or interrupted run can be resumed.");
    }
    if (SavedModelResumption.appliesTo(run)) {
      return savedModelRuns.resume(run, observer, cancel);
    }
    DatasetInfo dataset = database.datasets().find(run.datasetId()).orElse(null);
    if (dataset == null || dataset.holdsImages() || !tabular.hasCheckpoint(runId)) {
      return images.resume(run, observer, cancel);
    }
    TrainingSettings settings = SettingsText.parse(run.hyperparameters());
    TrainingPlan plan = plan(dataset, settings);
    return tabular.resume(run, dataset, settings.withTask(plan.task()), plan.features(), observer,
        cancel);
  }

  /** Whether the run is stopped and left a checkpoint to continue from. */
  public boolean canResume(RunInfo run) {
    return (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.FAILED
        || run.status() == RunStatus.INTERRUPTED)
        && (SavedModelResumption.appliesTo(run) ? savedModelRuns.hasCheckpoint(run)
            : images.hasCheckpoint(run.id()) || tabular.hasCheckpoint(run.id()));
  }

  private void validateImages(DatasetInfo dataset, TrainingSettings settings) {
    String target = settings.target();
    if (target == null || target.isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    DatasetService.requireColumn(dataset, target);
    if (settings.task() == Task.REGRESSION) {
      throw new WorkbenchException("Image datasets are classified; regression on images is not supported.");
    }
    if (settings.modelKind() != ModelKind.CNN && (settings.baseModel() == null || settings.baseModel().isBlank())) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' holds images: train it with --model cnn"
          + " (a network from scratch) or --base MODEL (fine-tune a TorchScript model).");
    }
    if (dataset.column(target).orElseThrow().distinct() < 2) {
      throw new WorkbenchException("The target '" + target + "' has only one class; a classifier needs at least two.");
    }
  }

  /**
   * Trains and records a run. The run row exists from the first moment, each epoch is stored as it
   * ends, and the run ends as completed, cancelled or failed; a process that dies leaves it running,
   * which the next open marks as interrupted.
   *
   * @param dataset the dataset version to train on
   * @param settings the settings
   * @param strict when true, serious data-quality findings refuse the run, and a GPU request on a
   *     machine without one fails instead of falling back
   * @param observer follows progress
   * @param cancel stops the run within a batch
   * @return the run as stored at its end
   */
  public RunInfo train(DatasetInfo dataset, TrainingSettings settings, boolean strict,
      TrainingObserver observer, CancellationToken cancel) {
    if (dataset.holdsImages()) {
      return train(dataset, settings, ImageOptions.defaults(), strict, observer, cancel);
    }
    TrainingPlan plan = plan(dataset, settings);
    DeviceInfo device = Devices.resolve(settings.device(), strict);
    if (device.note() != null) {
      observer.notice(device.note());
    }
    Path baseModelDir = null;
    if (settings.baseModel() != null && !settings.baseModel().isBlank()) {
      ModelInfo base = catalog.model(settings.baseModel());
      baseModelDir = database.artifacts().resolve(base.path());
    }
    DataTable rows = database.datasets().rows(dataset.id());
    QualityReport findings = quality.forTarget(dataset, rows, settings.target(), plan.task(), settings.excludedColumns());
    if (strict && findings.hasSerious()) {
      throw new WorkbenchException("Training refused because the data has serious quality findings (strict mode): "
          + QualityService.describeSerious(findings));
    }
    findings.serious().forEach(f -> observer.notice("Data quality: " + f.message()));
    DataSplit split = splitLabelledRows(rows, settings, plan.task());
    quality.forSplit(rows, split, plan.features()).findings()
        .forEach(f -> observer.notice("Data quality: " + f.message()));
    TrainingSettings effective = settings.withTask(plan.task());
    long runId = database.runs().start(dataset.id(), effective, plan.task(), device, Map.of(), split);
    observer.started(runId, device);
    return tabular.train(runId, dataset, effective, rows, split, plan.features(), baseModelDir,
        observer, cancel);
  }

  private TrainingPlan plan(DatasetInfo dataset, TrainingSettings settings) {
    String target = settings.target();
    if (target == null || target.isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    DatasetService.requireColumn(dataset, target);
    for (String excluded : settings.excludedColumns()) {
      DatasetService.requireColumn(dataset, excluded);
    }
    ColumnProfile targetProfile = dataset.column(target).orElseThrow();
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
    Set<String> excluded = new HashSet<>(settings.excludedColumns());
    for (ColumnProfile column : dataset.columns()) {
      if (!column.name().equals(target) && !excluded.contains(column.name())) {
        features.add(column.name());
      }
    }
    if (features.isEmpty()) {
      throw new WorkbenchException("No feature columns are left besides the target '" + target + "'.");
    }
    if (task == Task.CLASSIFICATION && targetProfile.distinct() < 2) {
      throw new WorkbenchException("The target '" + target + "' has only one class; a classifier needs at least two.");
    }
    long labelled = dataset.rows() - targetProfile.missing();
    int minimumRows = 10;
    if (labelled < minimumRows) {
      throw new WorkbenchException("The dataset '" + dataset.name() + "' has only " + labelled
          + " rows with a target value; training needs at least " + minimumRows + ".");
    }
    return new TrainingPlan(task, features);
  }

  /** Splits the rows that have a target; the split holds the dataset's own row indexes. */
  private static DataSplit splitLabelledRows(DataTable rows, TrainingSettings settings, Task task) {
    int[] labelled = TargetRows.labelled(rows, settings.target());
    String[] strata = null;
    if (task == Task.CLASSIFICATION) {
      String[] all = rows.textColumn(rows.columnIndex(settings.target()));
      strata = new String[labelled.length];
      for (int i = 0; i < labelled.length; i++) {
        strata[i] = all[labelled[i]];
      }
    }
    DataSplit positions = Splitter.split(labelled.length, strata, settings.validationFraction(),
        settings.testFraction(), settings.seed());
    return new DataSplit(TargetRows.mapBack(positions.train(), labelled),
        TargetRows.mapBack(positions.validation(), labelled),
        TargetRows.mapBack(positions.test(), labelled), positions.seed(), positions.stratified());
  }

  /** The checked inputs of a run. */
  private record TrainingPlan(Task task, List<String> features) {}
}
