package org.modelworkbench.ml.tabular;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.Map;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.EpochLoop;
import org.modelworkbench.ml.training.EpochPlan;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.SeededInitializer;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/**
 * One tabular run: builds the network (fresh, from a base model or from a checkpoint) and its Adam
 * step ({@link TabularStepScript}), then runs the shared {@link EpochLoop} with the tabular
 * {@link TabularSteps}.
 */
final class TabularRun {
  /**
   * Adam's L2 weight decay. 0.01 was the best of 0, 1e-4, 1e-3, 3e-3 and 1e-2 against
   * scikit-learn's LogisticRegression on the sample datasets over 20 seeds (see
   * {@code SklearnComparison} in the tests); it is not a user setting yet.
   */
  static final float WEIGHT_DECAY = 0.01f;

  private final ModelManifest manifest;
  private final TrainingData train;
  private final TrainingData validation;
  private final TrainingRequest request;
  private final TrainingSettings settings;
  private final DeviceInfo device;
  private final Map<String, String> versions;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final long startNanos;

  TabularRun(ModelManifest manifest, TrainingData train, TrainingData validation,
      TrainingRequest request, DeviceInfo device, Map<String, String> versions,
      TrainingListener listener, CancellationToken cancel, long startNanos) {
    this.manifest = manifest;
    this.train = train;
    this.validation = validation;
    this.request = request;
    this.settings = request.settings();
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
    EpochState from = state == null ? EpochState.START
        : EpochState.of(state.epoch(), state.curve(), state.bestEpoch(), state.bestLoss());
    Device engineDevice = Devices.engineDevice(device);
    try (Model model = Model.newInstance("tabular", engineDevice, EngineSetup.ENGINE_NAME)) {
      Block network =
          Networks.build(manifest.kind(), manifest.hiddenUnits(), manifest.outputWidth());
      model.setBlock(network);
      NDManager manager = model.getNDManager();
      if (checkpoint != null) {
        ModelFiles.loadParameters(checkpoint, ModelFiles.PARAMETERS, network, manager);
      } else if (request.baseModelDir() != null) {
        ModelFiles.loadParameters(request.baseModelDir(), ModelFiles.PARAMETERS, network, manager);
      }
      // Only parameters still empty are drawn; loaded base parameters are kept.
      network.setInitializer(new SeededInitializer(settings.seed()), parameter -> true);
      network.initialize(manager, DataType.FLOAT32, new Shape(1, manifest.inputWidth()));
      // Validation and saving read the parameters through a plain store; the step script
      // updates the same tensors in place.
      ParameterStore parameters = new ParameterStore(manager, false);
      try (TabularStepScript step = new TabularStepScript(manager, network,
          (float) settings.learningRate(), WEIGHT_DECAY, manifest.task() != Task.CLASSIFICATION)) {
        TabularSteps steps = new TabularSteps(step, network, parameters, manager, manifest, train,
            validation, request, from.bestEpoch() > 0);
        EpochPlan plan = new EpochPlan(train.rows(), settings.epochs(), settings.batchSize(),
            settings.patience(), settings.seed());
        return new EpochLoop(plan, listener, cancel).run(steps, from, startNanos)
            .outcome(device, versions);
      }
    }
  }
}
