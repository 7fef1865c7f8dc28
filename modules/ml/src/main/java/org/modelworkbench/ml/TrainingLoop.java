package org.modelworkbench.ml;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/**
 * The epoch loop: mini-batch Adam steps, a validation pass per epoch, a save of the model whenever
 * the validation loss improves, a resumable checkpoint after every epoch (when the request names a
 * checkpoint folder), early stopping, and cancellation between batches.
 */
final class TrainingLoop {
  /**
   * Adam's L2 weight decay. 0.01 was the best of 0, 1e-4, 1e-3, 3e-3 and 1e-2 against
   * scikit-learn's LogisticRegression on the sample datasets over 20 seeds (see
   * {@code SklearnComparison} in the tests); it is not a user setting yet.
   */
  static final float WEIGHT_DECAY = 0.01f;

  private final ModelManifest manifest;
  private final TrainingData train;
  private final TrainingData validation;
  private final TrainingSettings settings;
  private final Path modelDir;
  private final Path baseModelDir;
  private final Path checkpointDir;
  private final DeviceInfo device;
  private final Map<String, String> versions;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final long startNanos;

  private final List<EpochMetrics> curve = new ArrayList<>();
  private int bestEpoch;
  private double bestLoss = Double.POSITIVE_INFINITY;
  private boolean manifestWritten;
  private int firstEpoch = 1;
  private long elapsedBefore;

  TrainingLoop(ModelManifest manifest, TrainingData train, TrainingData validation,
      TrainingRequest request, DeviceInfo device, Map<String, String> versions,
      TrainingListener listener, CancellationToken cancel, long startNanos) {
    this.manifest = manifest;
    this.train = train;
    this.validation = validation;
    this.settings = request.settings();
    this.modelDir = request.modelDir();
    this.baseModelDir = request.baseModelDir();
    this.checkpointDir = request.checkpointDir();
    this.device = device;
    this.versions = versions;
    this.listener = listener;
    this.cancel = cancel;
    this.startNanos = startNanos;
  }

  /**
   * Runs the epochs and returns how training ended; the model folder holds the best epoch.
   *
   * @param checkpoint a checkpoint to continue from, or null to start afresh
   * @param state that checkpoint's state, or null
   */
  TrainingOutcome run(Path checkpoint, TabularCheckpointState state) {
    if (state != null) {
      curve.addAll(state.curve());
      bestEpoch = state.bestEpoch();
      bestLoss = state.bestLoss() == null ? Double.POSITIVE_INFINITY : state.bestLoss();
      manifestWritten = bestEpoch > 0;
      firstEpoch = state.epoch() + 1;
      elapsedBefore = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).elapsedMillis();
    }
    Device engineDevice = Devices.engineDevice(device);
    try (Model model = Model.newInstance("tabular", engineDevice, EngineSetup.ENGINE_NAME)) {
      Block network =
          Networks.build(manifest.kind(), manifest.hiddenUnits(), manifest.outputWidth());
      model.setBlock(network);
      NDManager manager = model.getNDManager();
      if (checkpoint != null) {
        ModelFiles.loadParameters(checkpoint, ModelFiles.PARAMETERS, network, manager);
      } else if (baseModelDir != null) {
        ModelFiles.loadParameters(baseModelDir, ModelFiles.PARAMETERS, network, manager);
      }
      // Only parameters still empty are drawn; loaded base parameters are kept.
      network.setInitializer(new SeededInitializer(settings.seed()), parameter -> true);
      network.initialize(manager, DataType.FLOAT32, new Shape(1, manifest.inputWidth()));
      // A plain parameter store instead of DJL's Trainer: the Trainer rejects a first step whose
      // gradients sum to exactly 0, which a linear softmax model's gradients do by construction.
      ParameterStore parameters = new ParameterStore(manager, false);
      parameters.setParameterServer(
          manager.getEngine().newParameterServer(optimizer()), new Device[] {engineDevice});
      BatchStep step = new BatchStep(network, parameters, loss());
      boolean cancelled = epochs(step, network, manager);
      return new TrainingOutcome(cancelled, curve, bestEpoch, device, versions);
    }
  }

  private Loss loss() {
    return manifest.task() == Task.CLASSIFICATION
        ? Loss.softmaxCrossEntropyLoss()
        : Loss.l2Loss("L2Loss", 1f); // weight 1: plain mean squared error
  }

  private Optimizer optimizer() {
    return Adam.builder()
        .optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
        .optWeightDecays(WEIGHT_DECAY)
        .build();
  }

  /** Runs epochs until the limit, early stopping or cancellation; returns whether cancelled. */
  private boolean epochs(BatchStep step, Block network, NDManager manager) {
    int[] order = new int[train.rows()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Each epoch shuffles the previous epoch's order, so a resumed run replays the earlier
    // shuffles to continue with the same order as an uninterrupted run.
    for (int epoch = 1; epoch < firstEpoch; epoch++) {
      shuffle(order, new Random(settings.seed() + epoch));
    }
    if (firstEpoch > 1 && stopsEarly(firstEpoch - 1)) {
      return false;
    }
    for (int epoch = firstEpoch; epoch <= settings.epochs(); epoch++) {
      shuffle(order, new Random(settings.seed() + epoch));
      long epochStart = System.nanoTime();
      OptionalDouble lossSum = runBatches(step, manager, order, epoch);
      if (lossSum.isEmpty()) {
        return true;
      }
      double seconds = Math.max(1e-9, (System.nanoTime() - epochStart) / 1e9);
      double trainLoss = lossSum.getAsDouble() / train.rows();
      if (!Double.isFinite(trainLoss)) {
        throw new WorkbenchException("Training diverged in epoch " + epoch
            + " (the loss is no longer a number); try a lower learning rate.");
      }
      float[] outputs = Forward.run(manager, step::predict,
          validation.inputs(), manifest.inputWidth(), manifest.outputWidth());
      ValidationScore score = ValidationScore.of(outputs, validation, manifest);
      if (score.loss() < bestLoss) {
        bestLoss = score.loss();
        bestEpoch = epoch;
        checkpoint(network);
      }
      EpochMetrics point = new EpochMetrics(epoch, trainLoss, score.loss(), score.metric(),
          train.rows() / seconds, elapsedBefore + (System.nanoTime() - startNanos) / 1_000_000);
      curve.add(point);
      if (checkpointDir != null) {
        TabularCheckpoints.write(checkpointDir, network, manifest, new TabularCheckpointState(
            epoch, curve, bestEpoch, bestEpoch > 0 ? bestLoss : null, epoch - bestEpoch), modelDir);
      }
      listener.onEpoch(point);
      if (stopsEarly(epoch)) {
        break;
      }
    }
    return false;
  }

  /** Whether early stopping ends training after the given finished epoch. */
  private boolean stopsEarly(int epoch) {
    return settings.patience() > 0 && epoch - bestEpoch >= settings.patience();
  }

  /**
   * One pass over the shuffled training rows.
   *
   * @return the summed loss over rows, or empty when cancelled before the pass ended
   */
  private OptionalDouble runBatches(BatchStep step, NDManager manager, int[] order, int epoch) {
    int batchSize = settings.batchSize();
    int batchCount = (order.length + batchSize - 1) / batchSize;
    int width = manifest.inputWidth();
    double lossSum = 0;
    for (int b = 0; b < batchCount; b++) {
      if (cancel.isCancelled()) {
        return OptionalDouble.empty();
      }
      int from = b * batchSize;
      int to = Math.min(order.length, from + batchSize);
      try (NDManager batch = manager.newSubManager()) {
        NDArray x = batch.create(Forward.gather(train.inputs(), order, from, to, width),
            new Shape(to - from, width));
        lossSum += step.train(x, labels(batch, order, from, to)) * (double) (to - from);
      }
      listener.onBatch(epoch, b + 1, batchCount);
    }
    return OptionalDouble.of(lossSum);
  }

  private NDArray labels(NDManager batch, int[] order, int from, int to) {
    if (manifest.task() == Task.CLASSIFICATION) {
      long[] classes = new long[to - from];
      for (int i = from; i < to; i++) {
        classes[i - from] = train.classes()[order[i]];
      }
      return batch.create(classes);
    }
    float[] targets = new float[to - from];
    for (int i = from; i < to; i++) {
      targets[i - from] = train.targets()[order[i]];
    }
    return batch.create(targets, new Shape(to - from, 1));
  }

  private void checkpoint(Block network) {
    try {
      // Parameters first: a manifest is only ever beside parameters it describes.
      ModelFiles.writeParameters(modelDir, network);
      if (!manifestWritten) {
        ModelFiles.writeManifest(modelDir, manifest);
        manifestWritten = true;
      }
    } catch (IOException e) {
      throw new WorkbenchException("The model could not be saved to '" + modelDir + "': "
          + e.getMessage(), e);
    }
  }

  /** Fisher-Yates shuffle driven by the given generator. */
  static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
