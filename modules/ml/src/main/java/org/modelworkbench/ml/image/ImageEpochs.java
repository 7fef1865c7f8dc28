package org.modelworkbench.ml.image;

import ai.djl.Device;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.training.EpochLoop;
import org.modelworkbench.ml.training.EpochPlan;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/**
 * One training attempt at a fixed batch size: starts from the latest checkpoint (or afresh: a
 * residual network from scratch, or a TorchScript backbone with a new head), then runs the shared
 * {@link EpochLoop} with the image {@link ImageSteps}.
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

  private int freezeEpochs;
  private boolean augment;

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
    EpochState from = EpochState.START;
    ImageNetwork network;
    ImageManifest manifest;
    if (latest.isPresent()) {
      CheckpointState state = Checkpoints.state(latest.get());
      manifest = state.manifest();
      if (!manifest.labels().equals(labels)) {
        throw new WorkbenchException("The classes of the data (" + labels + ") differ from the checkpoint's ("
            + manifest.labels() + "); the run cannot continue.");
      }
      from = EpochState.of(state.epoch(), state.curve(), state.bestEpoch(), state.bestLoss());
      freezeEpochs = state.freezeEpochs();
      augment = state.augment();
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
      return epochs(network, manifest, from);
    }
  }

  private TrainingOutcome epochs(ImageNetwork network, ImageManifest manifest, EpochState from) {
    float learningRate = (float) settings.learningRate();
    LearningRate rate = new LearningRate(learningRate);
    DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
        .optOptimizer(Adam.builder().optLearningRateTracker(rate).build())
        .optDevices(new Device[] {Devices.engineDevice(device)});
    ImageShape shape = manifest.shape();
    ImageSteps.Data data = new ImageSteps.Data(
        pixels.train(shape, manifest.imageNormalization()),
        ImageSteps.classes(request.trainLabels(), labels),
        pixels.validation(shape, manifest.imageNormalization()),
        ImageSteps.classes(request.validationLabels(), labels));
    ImageSteps.Setup setup = new ImageSteps.Setup(settings.seed(), learningRate, batchSize,
        freezeEpochs, augment);
    EpochPlan plan = new EpochPlan(data.trainX().length, settings.epochs(), batchSize,
        settings.patience(), settings.seed());
    try (Trainer trainer = network.model().newTrainer(config)) {
      trainer.initialize(ImageNetwork.inputShape(shape));
      ImageSteps steps = new ImageSteps(trainer, network, manifest, rate, data, setup,
          request.modelDir(), request.checkpointDir());
      return new EpochLoop(plan, listener, cancel).run(steps, from, startNanos)
          .outcome(device, versions);
    }
  }
}
