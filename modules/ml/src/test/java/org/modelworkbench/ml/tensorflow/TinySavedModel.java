package org.modelworkbench.ml.tensorflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Builds a tiny, untrained TensorFlow SavedModel at test time with the TF-Java classes in DJL's
 * jar: a 64-32-10 classifier of 8×8 grey images (input {@code image}, shape -1×8×8×1) with
 * signatures {@code serving_default} (→ {@code probabilities}), {@code features} (→ the 32 hidden
 * activations) and {@code train} ({@code image} + int32 {@code label} → {@code loss}, one SGD step
 * per call). Cross-entropy is built from logSoftmax because the C++ gradient registry lacks
 * SparseSoftmaxCrossEntropyWithLogits.
 */
public final class TinySavedModel {
  /** Number of classes. */
  public static final int CLASSES = 10;
  private static final int HIDDEN = 32;
  private static final int PIXELS = 64;
  private static final float LEARNING_RATE = 0.05f;

  private TinySavedModel() {}

  /**
   * Exports the untrained model into {@code folder}.
   *
   * @param folder an absent or empty folder
   * @param seed seed of the initial weights
   */
  public static void build(Path folder, long seed) throws IOException {
    TensorFlowSetup.engine();
    try (Graph graph = new Graph()) {
      Ops tf = Ops.create(graph);
      Random random = new Random(seed);
      Placeholder<TFloat32> image = tf.withName("image").placeholder(TFloat32.class,
          Placeholder.shape(Shape.of(-1, 8, 8, 1)));
      Placeholder<TInt32> label = tf.withName("label").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
      Variable<TFloat32> w1 = tf.withName("w1").variable(tf.constant(normal(random, PIXELS, HIDDEN, 0.15f)));
      Variable<TFloat32> b1 = tf.withName("b1").variable(tf.constant(new float[HIDDEN]));
      Variable<TFloat32> w2 = tf.withName("w2").variable(tf.constant(normal(random, HIDDEN, CLASSES, 0.2f)));
      Variable<TFloat32> b2 = tf.withName("b2").variable(tf.constant(new float[CLASSES]));
      Operand<TFloat32> flat = tf.reshape(image, tf.constant(new int[] {-1, PIXELS}));
      Operand<TFloat32> hidden = tf.withName("features").nn.relu(tf.math.add(tf.linalg.matMul(flat, w1), b1));
      Operand<TFloat32> logits = tf.math.add(tf.linalg.matMul(hidden, w2), b2);
      Operand<TFloat32> probabilities = tf.withName("probabilities").nn.softmax(logits);
      Operand<TFloat32> oneHot = tf.oneHot(label, tf.constant(CLASSES), tf.constant(1f), tf.constant(0f));
      Operand<TFloat32> loss = tf.math.neg(tf.math.mean(
          tf.reduceSum(tf.math.mul(oneHot, tf.nn.logSoftmax(logits)), tf.constant(1)), tf.constant(0)));
      List<Variable<TFloat32>> variables = List.of(w1, b1, w2, b2);
      Gradients gradients = tf.gradients(loss, variables);
      Operand<TFloat32> rate = tf.constant(LEARNING_RATE);
      List<Op> steps = new java.util.ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        Operand<TFloat32> dy = gradients.dy(i);
        steps.add(tf.train.applyGradientDescent(variables.get(i), rate, dy));
      }
      Operand<TFloat32> lossAfterStep = tf.withControlDependencies(steps).withName("loss").identity(loss);
      try (Session session = new Session(graph)) {
        session.initialize();
        Signature serving = Signature.builder().key("serving_default").input("image", image)
            .output("probabilities", probabilities).build();
        Signature features = Signature.builder().key("features").input("image", image).output("features", hidden)
            .build();
        Signature train = Signature.builder().key("train").input("image", image).input("label", label)
            .output("loss", lossAfterStep).build();
        SavedModelBundle.exporter(folder.toString()).withTags("serve").withSession(session)
            .withFunctions(SessionFunction.create(serving, session), SessionFunction.create(features, session),
                SessionFunction.create(train, session))
            .export();
      }
    }
  }

  private static float[][] normal(Random random, int rows, int cols, float scale) {
    float[][] out = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r][c] = (float) random.nextGaussian() * scale;
      }
    }
    return out;
  }
}
