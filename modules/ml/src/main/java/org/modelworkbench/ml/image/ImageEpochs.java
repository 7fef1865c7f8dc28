package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.modelworkbench.ml.Devices;
import org.modelworkbench.ml.GradientLock;
import org.modelworkbench.ml.TrainingListener;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/**
 * One training attempt at a fixed batch size: starts from the latest checkpoint (or afresh),
 * runs the epochs with a validation pass, a checkpoint and a best-model save per epoch, early
 * stopping, and cancellation between batches.
 */
final class ImageEpochs {
  private final ImageTrainingRequest request;
  private final TrainingSettings settings;
  private final List<String> labels;
  private final PixelCache pixels;
  private final DeviceInfo device;
  private final Map<String, String> versions;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final int batchSize;
  private final long startNanos;

  private final List<EpochMetrics> curve = new ArrayList<>();
  private int bestEpoch;
  private double bestLoss = Double.POSITIVE_INFINITY;
  private int freezeEpochs;
  private boolean augment;
  private long elapsedBefore;

  ImageEpochs(ImageTrainingRequest request, List<String> labels, PixelCache pixels, DeviceInfo device,
      Map<String, String> versions, TrainingListener listener, CancellationToken cancel, int batchSize,
      long startNanos) {
    this.request = request;
    this.settings = request.settings();
    this.labels = labels;
    this.pixels = pixels;
    this.device = device;
    this.versions = versions;
    this.listener = listener;
    this.cancel = cancel;
    this.batchSize = batchSize;
    this.startNanos = startNanos;
  }

  TrainingOutcome run() {
    Device engineDevice = Devices.engineDevice(device);
    Optional<Path> latest = Checkpoints.latest(request.checkpointDir());
    int firstEpoch = 1;
    ImageNetwork network;
    ImageManifest manifest;
    if (latest.isPresent()) {
      CheckpointState state = Checkpoints.state(latest.get());
      manifest = state.manifest();
      if (!manifest.labels().equals(labels)) {
        throw new WorkbenchException("The classes of the data (" + labels + ") differ from the checkpoint's ("
            + manifest.labels() + "); the run cannot continue.");
      }
      curve.addAll(state.curve());
      bestEpoch = state.bestEpoch();
      bestLoss = state.bestLoss();
      freezeEpochs = state.freezeEpochs();
      augment = state.augment();
      firstEpoch = state.epoch() + 1;
      elapsedBefore = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).elapsedMillis();
      network = ImageNetwork.load(latest.get(), manifest, engineDevice);
    } else if (request.basePt() != null) {
      TorchScriptBackbone backbone = TorchScriptBackbone.load(request.basePt(), engineDevice);
      TorchScriptBackbone.Probe probe;
      try {
        probe = backbone.probe(request.shape());
      } catch (RuntimeException e) {
        backbone.close();
        throw e;
      }
      manifest = ImageManifest.of(ImageManifest.FINE_TUNED, labels, probe.input(), probe.outputs(),
          request.normalization());
      freezeEpochs = request.freezeEpochs();
      augment = request.augment();
      network = ImageNetwork.fineTune(engineDevice, backbone, manifest, settings.seed());
    } else {
      manifest = ImageManifest.of(ImageManifest.SCRATCH, labels, request.shape(), 0,
          request.normalization());
      augment = request.augment();
      network = ImageNetwork.scratch(engineDevice, manifest, settings.seed());
    }
    try (network) {
      return epochs(network, manifest, firstEpoch);
    }
  }

  /** How much faster the new head learns while the backbone is frozen. */
  static final float HEAD_RATE_FACTOR = 10f;
  /** How much slower a pretrained backbone is adjusted once it is unfrozen. */
  static final float UNFROZEN_RATE_FACTOR = 0.1f;

  private TrainingOutcome epochs(ImageNetwork network, ImageManifest manifest, int firstEpoch) {
    float learningRate = (float) settings.learningRate();
    LearningRate rate = new LearningRate(learningRate);
    DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
        .optOptimizer(Adam.builder().optLearningRateTracker(rate).build())
        .optDevices(new Device[] {Devices.engineDevice(device)});
    ImageShape shape = manifest.shape();
    float[][] trainX = pixels.train(shape, manifest.imageNormalization());
    float[][] validationX = pixels.validation(shape, manifest.imageNormalization());
    int[] trainY = classes(request.trainLabels());
    int[] validationY = classes(request.validationLabels());
    try (Trainer trainer = network.model().newTrainer(config)) {
      trainer.initialize(ImageNetwork.inputShape(shape));
      PtSymbolBlock backbone = network.backbone();
      for (int epoch = firstEpoch; epoch <= settings.epochs(); epoch++) {
        if (settings.patience() > 0 && bestEpoch > 0 && epoch - 1 - bestEpoch >= settings.patience()) {
          break;
        }
        if (backbone != null) {
          boolean frozen = epoch <= freezeEpochs;
          backbone.freezeParameters(frozen);
          // A fresh head alone needs larger steps than a pretrained network being adjusted: the
          // head trains at ten times the learning rate, then everything at a tenth of it (at the
          // learning rate itself, a resnet18-like backbone's features were wrecked: chance accuracy).
          rate.set(frozen ? learningRate * HEAD_RATE_FACTOR : learningRate * UNFROZEN_RATE_FACTOR);
        }
        long epochStart = System.nanoTime();
        double lossSum = 0;
        int[] order = shuffled(trainX.length, new Random(settings.seed() + epoch));
        Random augmentation = augment ? new Random(settings.seed() * 1_000_003L + epoch) : null;
        int batchCount = (order.length + batchSize - 1) / batchSize;
        for (int b = 0; b < batchCount; b++) {
          if (cancel.isCancelled()) {
            return new TrainingOutcome(true, curve, bestEpoch, device, versions);
          }
          int from = b * batchSize;
          int to = Math.min(order.length, from + batchSize);
          try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray x = ImageBatches.batch(batch, trainX, order, from, to, shape, augmentation);
            long[] y = new long[to - from];
            for (int i = from; i < to; i++) {
              y[i - from] = trainY[order[i]];
            }
            lossSum += step(trainer, x, batch.create(y)) * (double) (to - from);
          }
          listener.onBatch(epoch, b + 1, batchCount);
        }
        double trainLoss = lossSum / trainX.length;
        if (!Double.isFinite(trainLoss)) {
          throw new WorkbenchException("Training diverged in epoch " + epoch
              + " (the loss is no longer a number); try a lower learning rate.");
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - epochStart) / 1e9);
        double[] score = validate(trainer, validationX, validationY, shape);
        if (score[0] < bestLoss) {
          bestLoss = score[0];
          bestEpoch = epoch;
          saveModel(network, manifest);
        }
        EpochMetrics point = new EpochMetrics(epoch, trainLoss, score[0], score[1], trainX.length / seconds,
            elapsedBefore + (System.nanoTime() - startNanos) / 1_000_000);
        curve.add(point);
        Checkpoints.write(request.checkpointDir(), network, new CheckpointState(epoch, curve, bestEpoch,
            bestLoss, batchSize, freezeEpochs, augment, manifest));
        listener.onEpoch(point);
      }
    }
    return new TrainingOutcome(false, curve, bestEpoch, device, versions);
  }

  private static float step(Trainer trainer, NDArray x, NDArray y) {
    float value;
    synchronized (GradientLock.LOCK) {
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList predictions = trainer.forward(new NDList(x));
        NDArray loss = trainer.getLoss().evaluate(new NDList(y), predictions);
        collector.backward(loss);
        value = loss.getFloat();
      }
      trainer.step();
    }
    return value;
  }

  /** Mean cross-entropy and accuracy on the validation images. */
  private double[] validate(Trainer trainer, float[][] images, int[] classes, ImageShape shape) {
    int k = labels.size();
    float[] logits = ImageBatches.outputs(trainer.getManager(), trainer::evaluate, images, shape, k);
    double loss = 0;
    int correct = 0;
    for (int r = 0; r < images.length; r++) {
      double[] p = ImageBatches.softmax(logits, r * k, k);
      loss -= Math.log(Math.max(p[classes[r]], 1e-12));
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (p[j] > p[best]) {
          best = j;
        }
      }
      correct += best == classes[r] ? 1 : 0;
    }
    return new double[] {loss / images.length, correct / (double) images.length};
  }

  private void saveModel(ImageNetwork network, ImageManifest manifest) {
    try {
      ImageFiles.write(request.modelDir(), network, manifest);
    } catch (java.io.IOException e) {
      throw new WorkbenchException("The model could not be saved to '" + request.modelDir() + "': "
          + e.getMessage(), e);
    }
  }

  private int[] classes(List<String> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.indexOf(values.get(i));
    }
    return out;
  }

  private static int[] shuffled(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
