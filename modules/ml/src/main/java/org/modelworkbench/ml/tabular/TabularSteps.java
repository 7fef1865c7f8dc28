package org.modelworkbench.ml.tabular;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import org.modelworkbench.ml.training.EpochScore;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.EpochSteps;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/**
 * The tabular route's part of the epoch loop: an Adam step on a batch of encoded rows (one
 * {@link TabularStepScript} call), the
 * validation loss and metric, the best epoch's parameters in the model folder and a
 * {@link TabularCheckpoints} checkpoint per epoch.
 */
final class TabularSteps implements EpochSteps {
  private final TabularStepScript step;
  private final Block network;
  private final ParameterStore parameters;
  private final NDManager manager;
  private final ModelManifest manifest;
  private final TrainingData train;
  private final TrainingData validation;
  private final Path modelDir;
  private final Path checkpointDir;
  private boolean manifestWritten;

  /**
   * @param manifestWritten whether the model folder already holds the manifest (a resumed run
   *     whose best epoch was restored into it)
   */
  TabularSteps(TabularStepScript step, Block network, ParameterStore parameters, NDManager manager, ModelManifest manifest, TrainingData train,
      TrainingData validation, TrainingRequest request, boolean manifestWritten) {
    this.step = step;
    this.network = network;
    this.parameters = parameters;
    this.manager = manager;
    this.manifest = manifest;
    this.train = train;
    this.validation = validation;
    this.modelDir = request.modelDir();
    this.checkpointDir = request.checkpointDir();
    this.manifestWritten = manifestWritten;
  }

  @Override
  public double trainBatch(int[] order, int from, int to) {
    int width = manifest.inputWidth();
    try (NDManager batch = manager.newSubManager()) {
      NDArray x = batch.create(Forward.gather(train.inputs(), order, from, to, width),
          new Shape(to - from, width));
      return step.train(x, labels(batch, order, from, to));
    }
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

  @Override
  public EpochScore validate() {
    float[] outputs = Forward.run(manager, this::predict,
        validation.inputs(), manifest.inputWidth(), manifest.outputWidth());
    ValidationScore score = ValidationScore.of(outputs, validation, manifest);
    return new EpochScore(score.loss(), score.metric());
  }

  private NDList predict(NDList x) {
    return network.forward(parameters, x, false);
  }

  @Override
  public void keepBest(int epoch) {
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

  @Override
  public void checkpoint(EpochState state) {
    if (checkpointDir != null) {
      TabularCheckpoints.write(checkpointDir, network, manifest, new TabularCheckpointState(
          state.epoch(), state.curve(), state.bestEpoch(),
          state.bestEpoch() > 0 ? state.bestLoss() : null, state.epochsWithoutImprovement()),
          modelDir);
    }
  }
}
