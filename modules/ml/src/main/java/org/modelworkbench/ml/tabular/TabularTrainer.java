package org.modelworkbench.ml.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.WorkbenchException;

/**
 * Trains an MLP or linear model on tabular rows with the PyTorch engine and saves the epoch with
 * the lowest validation loss into the request's model folder.
 *
 * <p>Classification trains on softmax cross-entropy over the sorted distinct target values of the
 * training and validation rows; regression trains on the mean squared error of the standardised
 * target. The same seed on the same data gives the same curve and the same model: weights are
 * drawn from a generator of the seed, and each epoch's row order is drawn from the seed and the
 * epoch number ({@link EpochOrder}). Training runs in the shared {@link EpochLoop}: early stopping
 * on the validation loss, the best epoch kept.
 *
 * <p>With a checkpoint folder in the request, a checkpoint is written after every epoch, and
 * {@link #resume} continues a stopped run from it.
 */
public final class TabularTrainer {

  /** Creates a trainer; it holds no state between runs. */
  public TabularTrainer() {}

  /** Whether a run's checkpoint folder holds a tabular checkpoint to continue from. */
  public static boolean hasCheckpoint(Path checkpointDir) {
    return TabularCheckpoints.latest(checkpointDir).isPresent();
  }

  /**
   * Trains a model.
   *
   * @param request the data, columns, task, settings and folders
   * @param listener receives the device, each batch and each epoch
   * @param cancel checked before every batch; when set, training stops and the best epoch so far
   *     stays saved
   * @return the curve, the best epoch and whether the run was cancelled
   * @throws WorkbenchException for data or settings that cannot be trained, a base model that
   *     does not fit, or a model folder that cannot be written
   */
  public TrainingOutcome train(TrainingRequest request, TrainingListener listener,
      CancellationToken cancel) {
    long start = System.nanoTime();
    validate(request);
    ModelManifest base = request.baseModelDir() == null
        ? null : ModelFiles.readManifest(request.baseModelDir());
    ModelManifest manifest = ModelPlanner.plan(request, base);
    TrainingData train = TrainingData.of(request.train(), manifest);
    TrainingData validation = TrainingData.of(request.validation(), manifest);
    requireRows(train, validation, request.target());
    prepareFolder(request.modelDir());
    if (request.checkpointDir() != null) {
      TabularCheckpoints.clear(request.checkpointDir());
    }
    return loop(manifest, train, validation, request, listener, cancel, start, null, null);
  }

  /**
   * Continues a stopped run from the latest checkpoint in the request's checkpoint folder: the
   * network's parameters, the fitted preprocessing, the best epoch and its model, and the
   * early-stopping count come from the checkpoint; the remaining epochs visit the rows in exactly
   * the order of an uninterrupted run. The optimizer's state (Adam's moment estimates) is not saved
   * and starts afresh, so the resumed curve can differ slightly from an uninterrupted one.
   *
   * @param request the same rows, columns, task, settings and folders as the stopped run; its
   *     base model is ignored, since the checkpoint already holds the parameters
   * @param listener receives the device, each new epoch and each batch
   * @param cancel checked before every batch; the last finished epoch's checkpoint stays
   * @return the whole curve (including the epochs before the resume), the best epoch and whether
   *     the run was cancelled
   * @throws WorkbenchException when the folder holds no checkpoint, the data no longer fits it,
   *     or a folder cannot be written
   */
  public TrainingOutcome resume(TrainingRequest request, TrainingListener listener,
      CancellationToken cancel) {
    long start = System.nanoTime();
    validate(request);
    Path checkpoint = TabularCheckpoints.latest(request.checkpointDir())
        .orElseThrow(() -> new WorkbenchException("There is no checkpoint in '"
            + request.checkpointDir() + "' to continue from; train again instead."));
    TabularCheckpointState state = TabularCheckpoints.state(checkpoint);
    ModelManifest manifest = ModelFiles.readManifest(checkpoint);
    TrainingData train = TrainingData.of(request.train(), manifest);
    TrainingData validation = TrainingData.of(request.validation(), manifest);
    requireRows(train, validation, request.target());
    TabularCheckpoints.restoreBest(checkpoint, state, manifest, request.modelDir());
    return loop(manifest, train, validation, request, listener, cancel, start, checkpoint, state);
  }

  private static TrainingOutcome loop(ModelManifest manifest, TrainingData train,
      TrainingData validation, TrainingRequest request, TrainingListener listener,
      CancellationToken cancel, long start, Path checkpoint, TabularCheckpointState state) {
    EngineSetup.engine(request.settings().threads())
        .setRandomSeed(Long.hashCode(request.settings().seed()));
    DeviceInfo device = Devices.resolve(request.settings().device(), false);
    Map<String, String> versions = EngineSetup.versions();
    listener.onStart(device, versions);
    return new TabularRun(manifest, train, validation, request, device, versions, listener,
        cancel, start).run(checkpoint, state);
  }

  private static void validate(TrainingRequest request) {
    Objects.requireNonNull(request.train(), "train");
    Objects.requireNonNull(request.validation(), "validation");
    Objects.requireNonNull(request.target(), "target");
    Objects.requireNonNull(request.task(), "task");
    Objects.requireNonNull(request.settings(), "settings");
    Objects.requireNonNull(request.modelDir(), "modelDir");
    String target = request.target();
    for (DataTable table : new DataTable[] {request.train(), request.validation()}) {
      if (!table.hasColumn(target)) {
        throw new WorkbenchException("The data has no target column '" + target + "'.");
      }
    }
    if (request.featureColumns().contains(target)) {
      throw new WorkbenchException("The target '" + target + "' cannot also be a feature.");
    }
    if (request.baseModelDir() != null && sameFolder(request.baseModelDir(), request.modelDir())) {
      throw new WorkbenchException(
          "Save the new model into its own folder, not over its base model.");
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static void requireRows(TrainingData train, TrainingData validation, String target) {
    if (train.rows() == 0) {
      throw new WorkbenchException("No training row has a value in the target '" + target + "'.");
    }
    if (validation.rows() == 0) {
      throw new WorkbenchException("No validation row has a value in the target '" + target
          + "'; use more rows or a larger validation share.");
    }
  }

  private static void prepareFolder(Path modelDir) {
    try {
      Files.createDirectories(modelDir);
      ModelFiles.clear(modelDir);
    } catch (IOException e) {
      throw new WorkbenchException("The model folder '" + modelDir + "' cannot be written: "
          + e.getMessage(), e);
    }
  }
}
