package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.modelworkbench.ml.training.EpochScore;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.EpochSteps;
import org.modelworkbench.ml.training.GradientLock;
import org.modelworkbench.model.WorkbenchException;

/**
 * The image route's part of the epoch loop: a step on a batch of (optionally augmented) images,
 * the validation cross-entropy and accuracy, the best epoch's model folder and a
 * {@link Checkpoints} checkpoint per epoch. When fine-tuning, each epoch first freezes or unfreezes
 * the backbone and sets the learning rate to match.
 */
final class ImageSteps implements EpochSteps {
  /** How much faster the new head learns while the backbone is frozen. */
  static final float HEAD_RATE_FACTOR = 10f;
  /** How much slower a pretrained backbone is adjusted once it is unfrozen. */
  static final float UNFROZEN_RATE_FACTOR = 0.1f;

  /** The images and classes of both splits, the pixels already scaled for the model. */
  record Data(float[][] trainX, int[] trainY, float[][] validationX, int[] validationY) {}

  /**
   * How the run is set up, as a checkpoint records it.
   *
   * @param seed the run's seed (augmentation draws from it per epoch)
   * @param learningRate the base learning rate
   * @param batchSize the batch size in use
   * @param freezeEpochs head-only epochs at the start when fine-tuning
   * @param augment whether light augmentation is on
   */
  record Setup(long seed, float learningRate, int batchSize, int freezeEpochs, boolean augment) {}

  private final Trainer trainer;
  private final ImageNetwork network;
  private final ImageManifest manifest;
  private final LearningRate rate;
  private final Data data;
  private final Setup setup;
  private final Path modelDir;
  private final Path checkpointDir;
  private Random augmentation;

  ImageSteps(Trainer trainer, ImageNetwork network, ImageManifest manifest, LearningRate rate,
      Data data, Setup setup, Path modelDir, Path checkpointDir) {
    this.trainer = trainer;
    this.network = network;
    this.manifest = manifest;
    this.rate = rate;
    this.data = data;
    this.setup = setup;
    this.modelDir = modelDir;
    this.checkpointDir = checkpointDir;
  }

  @Override
  public void startEpoch(int epoch) {
    PtSymbolBlock backbone = network.backbone();
    if (backbone != null) {
      boolean frozen = epoch <= setup.freezeEpochs();
      backbone.freezeParameters(frozen);
      // A fresh head alone needs larger steps than a pretrained network being adjusted: the
      // head trains at ten times the learning rate, then everything at a tenth of it (at the
      // learning rate itself, a resnet18-like backbone's features were wrecked: chance accuracy).
      rate.set(setup.learningRate() * (frozen ? HEAD_RATE_FACTOR : UNFROZEN_RATE_FACTOR));
    }
    // Its own generator per epoch, so a resumed run augments its epochs as an uninterrupted one.
    augmentation = setup.augment() ? new Random(setup.seed() * 1_000_003L + epoch) : null;
  }

  @Override
  public double trainBatch(int[] order, int from, int to) {
    try (NDManager batch = trainer.getManager().newSubManager()) {
      NDArray x = ImageBatches.batch(batch, data.trainX(), order, from, to, manifest.shape(),
          augmentation);
      long[] y = new long[to - from];
      for (int i = from; i < to; i++) {
        y[i - from] = data.trainY()[order[i]];
      }
      return step(x, batch.create(y));
    }
  }

  private float step(NDArray x, NDArray y) {
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
  @Override
  public EpochScore validate() {
    float[][] images = data.validationX();
    int[] classes = data.validationY();
    int k = manifest.labels().size();
    float[] logits = ImageBatches.outputs(trainer.getManager(), trainer::evaluate, images,
        manifest.shape(), k);
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
    return new EpochScore(loss / images.length, correct / (double) images.length);
  }

  @Override
  public void keepBest(int epoch) {
    try {
      ImageFiles.write(modelDir, network, manifest);
    } catch (IOException e) {
      throw new WorkbenchException("The model could not be saved to '" + modelDir + "': "
          + e.getMessage(), e);
    }
  }

  @Override
  public void checkpoint(EpochState state) {
    Checkpoints.write(checkpointDir, network, new CheckpointState(state.epoch(), state.curve(),
        state.bestEpoch(), state.bestLoss(), setup.batchSize(), setup.freezeEpochs(),
        setup.augment(), manifest));
  }

  /** The class index of each label, in the manifest's order. */
  static int[] classes(List<String> values, List<String> labels) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels.indexOf(values.get(i));
    }
    return out;
  }
}
