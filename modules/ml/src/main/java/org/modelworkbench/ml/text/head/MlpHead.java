package org.modelworkbench.ml.text.head;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;

/**
 * The MLP head on the PyTorch engine: {@code hidden} ReLU layers with dropout, then a linear
 * layer to the classes; softmax cross-entropy, Adam with weight decay, mini-batches of
 * {@value #BATCH}. A tenth of the training rows (stratified) is held out for early stopping: the
 * parameters of the epoch with the lowest validation loss are kept. With no hidden layer it is a
 * plain softmax regression (what the benchmark compares with the {@link LinearHead}).
 */
final class MlpHead implements Head {
  static final String FILE = "encoder-head-mlp.params";
  static final int BATCH = 64;
  static final int PATIENCE = 10;
  private static final float LEARNING_RATE = 1e-3f;
  private static final float WEIGHT_DECAY = 1e-4f;

  private final Model model;
  private final int[] hidden;
  private final int inputs;
  private final int classes;
  private final int epochs;
  private final double validationLoss;

  private MlpHead(Model model, int[] hidden, int inputs, int classes, int epochs, double validationLoss) {
    this.model = model;
    this.hidden = hidden.clone();
    this.inputs = inputs;
    this.classes = classes;
    this.epochs = epochs;
    this.validationLoss = validationLoss;
  }

  private static SequentialBlock block(int[] hidden, float dropout, int classes) {
    SequentialBlock b = new SequentialBlock();
    for (int h : hidden) {
      b.add(Linear.builder().setUnits(h).build()).add(Activation.reluBlock())
          .add(Dropout.builder().optRate(dropout).build());
    }
    return b.add(Linear.builder().setUnits(classes).build());
  }

  private static Model newModel(int[] hidden, float dropout, int inputs, int classes) {
    EngineSetup.engine();
    Model model = Model.newInstance("encoder-head", EngineSetup.ENGINE_NAME);
    model.setBlock(block(hidden, dropout, classes));
    return model;
  }

  static MlpHead fit(float[][] rows, int[] labels, int classCount, int[] hidden, float dropout, int maxEpochs,
      long seed, ProgressListener progress, CancellationToken cancel) {
    int inputs = rows[0].length;
    Random random = new Random(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> validation = new ArrayList<>();
    split(labels, classCount, random, train, validation);
    EngineSetup.engine().setRandomSeed((int) seed);
    Model model = newModel(hidden, dropout, inputs, classCount);
    try {
      DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
          .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(LEARNING_RATE))
              .optWeightDecays(WEIGHT_DECAY).build());
      byte[] best = null;
      double bestLoss = Double.POSITIVE_INFINITY;
      int bestEpoch = 0;
      int epochs = validation.isEmpty() ? Math.min(maxEpochs, 30) : maxEpochs;
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(BATCH, inputs));
        for (int epoch = 1; epoch <= epochs; epoch++) {
          Collections.shuffle(train, random);
          for (int from = 0; from < train.size(); from += BATCH) {
            cancel.throwIfCancelled();
            step(trainer, rows, labels, train.subList(from, Math.min(train.size(), from + BATCH)));
          }
          double loss = validation.isEmpty() ? -epoch : loss(model, rows, labels, validation);
          if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            best = parameters(model);
          }
          progress.progress((double) epoch / epochs, String.format(Locale.ROOT,
              "Training the MLP head: epoch %d of at most %d%s", epoch, epochs,
              validation.isEmpty() ? "" : String.format(Locale.ROOT, ", validation loss %.4f", loss)));
          if (epoch - bestEpoch >= PATIENCE) {
            break;
          }
        }
      }
      model.getBlock().loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(best)));
      return new MlpHead(model, hidden, inputs, classCount, bestEpoch,
          validation.isEmpty() ? Double.NaN : bestLoss);
    } catch (IOException | ai.djl.MalformedModelException e) {
      model.close();
      throw new IllegalStateException("The MLP head's parameters could not be copied", e);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** Every tenth row of each class with at least 5 rows goes to validation. */
  private static void split(int[] labels, int classCount, Random random, List<Integer> train,
      List<Integer> validation) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < classCount; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < labels.length; i++) {
      byClass.get(labels[i]).add(i);
    }
    boolean validate = labels.length >= 50;
    for (List<Integer> rows : byClass) {
      Collections.shuffle(rows, random);
      for (int k = 0; k < rows.size(); k++) {
        (validate && rows.size() >= 5 && k % 10 == 0 ? validation : train).add(rows.get(k));
      }
    }
  }

  private static void step(Trainer trainer, float[][] rows, int[] labels, List<Integer> batch) {
    try (NDManager scope = trainer.getManager().newSubManager()) {
      NDArray x = matrix(scope, rows, batch);
      NDArray y = labelArray(scope, labels, batch);
      try (GradientCollector gc = trainer.newGradientCollector()) {
        NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
        NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(logits));
        gc.backward(loss);
      }
      trainer.step();
    }
  }

  private static double loss(Model model, float[][] rows, int[] labels, List<Integer> subset) {
    double total = 0;
    for (int from = 0; from < subset.size(); from += 1024) {
      List<Integer> part = subset.subList(from, Math.min(subset.size(), from + 1024));
      float[][] p = logSoftmax(model, rows, part);
      for (int i = 0; i < part.size(); i++) {
        total -= p[i][labels[part.get(i)]];
      }
    }
    return total / subset.size();
  }

  private static float[][] logSoftmax(Model model, float[][] rows, List<Integer> subset) {
    boolean recording = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try (NDManager scope = model.getNDManager().newSubManager()) {
      NDArray x = matrix(scope, rows, subset);
      NDArray out = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false)
          .singletonOrThrow().logSoftmax(-1);
      int k = (int) out.getShape().get(1);
      float[] flat = out.toFloatArray();
      float[][] result = new float[subset.size()][k];
      for (int i = 0; i < result.length; i++) {
        System.arraycopy(flat, i * k, result[i], 0, k);
      }
      return result;
    } finally {
      JniUtils.setGradMode(recording);
    }
  }

  private static NDArray matrix(NDManager m, float[][] rows, List<Integer> subset) {
    int width = rows[subset.get(0)].length;
    float[] flat = new float[subset.size() * width];
    for (int i = 0; i < subset.size(); i++) {
      System.arraycopy(rows[subset.get(i)], 0, flat, i * width, width);
    }
    return m.create(flat, new Shape(subset.size(), width));
  }

  private static NDArray labelArray(NDManager m, int[] labels, List<Integer> subset) {
    int[] y = new int[subset.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels[subset.get(i)];
    }
    return m.create(y).toType(DataType.INT64, false);
  }

  private static byte[] parameters(Model model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      model.getBlock().saveParameters(out);
    }
    return bytes.toByteArray();
  }

  static MlpHead load(Path folder, int[] hidden, float dropout, int inputs, int classes, int epochs,
      double validationLoss) throws IOException {
    Model model = newModel(hidden, dropout, inputs, classes);
    try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
      model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, inputs));
      model.getBlock().loadParameters(model.getNDManager(), new DataInputStream(new java.io.BufferedInputStream(in)));
      return new MlpHead(model, hidden, inputs, classes, epochs, validationLoss);
    } catch (ai.djl.MalformedModelException | IOException | RuntimeException e) {
      model.close();
      throw new WorkbenchException("The MLP head weights in " + folder.resolve(FILE).getFileName()
          + " are damaged or do not fit the manifest; train the model again.", e);
    }
  }

  int[] hidden() {
    return hidden.clone();
  }

  int inputs() {
    return inputs;
  }

  int epochs() {
    return epochs;
  }

  double validationLoss() {
    return validationLoss;
  }

  @Override
  public HeadType type() {
    return HeadType.MLP;
  }

  @Override
  public double[][] probabilities(float[][] rows) {
    List<Integer> all = new ArrayList<>(rows.length);
    for (int i = 0; i < rows.length; i++) {
      all.add(i);
    }
    double[][] out = new double[rows.length][];
    if (rows.length == 0) {
      return out;
    }
    float[][] logP = logSoftmax(model, rows, all);
    for (int i = 0; i < rows.length; i++) {
      double[] p = new double[classes];
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        p[c] = Math.exp(logP[i][c]);
        sum += p[c];
      }
      for (int c = 0; c < classes; c++) {
        p[c] /= sum;
      }
      out[i] = p;
    }
    return out;
  }

  @Override
  public void save(Path folder) throws IOException {
    byte[] bytes = parameters(model);
    AtomicFiles.write(folder.resolve(FILE), out -> out.write(bytes));
  }

  @Override
  public void close() {
    model.close();
  }
}
