package org.modelworkbench.ml.text.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * AdamW (decoupled weight decay, as PyTorch's {@code torch.optim.AdamW}) with two learning rates:
 * a low one for the pretrained encoder ({@code bert.embeddings.*}, {@code bert.encoder.*}) and a
 * higher one for the head that starts random (pooler and classifier). As in Hugging Face's
 * Trainer, biases and LayerNorm weights get no weight decay, and the gradients are clipped to a
 * global norm before each step.
 *
 * <p>DJL's own {@code AdamW} has one learning rate and keeps its moments private; this one keeps
 * them by parameter name, so a checkpoint can store and restore them ({@link #state},
 * {@link #restore}). The update itself is the engine's fused in-place Adam kernel, which also
 * zeroes each gradient.
 */
final class GroupedAdamW {
  static final float BETA1 = 0.9f;
  static final float BETA2 = 0.999f;
  static final float EPSILON = 1e-8f;
  private static final String MEAN = "mean.";
  private static final String VARIANCE = "variance.";

  private final Map<String, Parameter> parameters;
  private final float encoderRate;
  private final float headRate;
  private final float weightDecay;
  private final float maxGradNorm;
  private final Map<String, NDArray> means = new LinkedHashMap<>();
  private final Map<String, NDArray> variances = new LinkedHashMap<>();
  private int steps;

  /**
   * An optimiser for the given parameters; its moments live in {@code manager}.
   *
   * @param parameters the parameters by checkpoint name
   * @param encoderRate peak learning rate of the encoder
   * @param headRate peak learning rate of the pooler and classifier
   * @param weightDecay decoupled weight decay of weight matrices
   * @param maxGradNorm the global gradient norm is clipped to this; 0 or less does not clip
   * @param manager owns the moments
   */
  GroupedAdamW(Map<String, Parameter> parameters, float encoderRate, float headRate,
      float weightDecay, float maxGradNorm, NDManager manager) {
    this.parameters = parameters;
    this.encoderRate = encoderRate;
    this.headRate = headRate;
    this.weightDecay = weightDecay;
    this.maxGradNorm = maxGradNorm;
    parameters.forEach((name, p) -> {
      NDArray w = p.getArray();
      means.put(name, manager.zeros(w.getShape(), w.getDataType(), w.getDevice()));
      variances.put(name, manager.zeros(w.getShape(), w.getDataType(), w.getDevice()));
    });
  }

  /** Whether a parameter belongs to the head, which learns at the head's rate. */
  static boolean isHead(String name) {
    return !name.startsWith("bert.embeddings.") && !name.startsWith("bert.encoder.");
  }

  /** Whether a parameter is decayed: weight matrices yes, biases and LayerNorm no. */
  static boolean isDecayed(String name) {
    return !name.endsWith(".bias") && !name.contains("LayerNorm");
  }

  /** Optimiser steps taken so far. */
  int steps() {
    return steps;
  }

  /**
   * Updates every parameter from its accumulated gradient, then zeroes the gradients.
   *
   * @param rateFactor the schedule's factor on both peak learning rates for this step
   * @return the global gradient norm before clipping
   */
  double step(float rateFactor) {
    double norm = gradientNorm();
    step(rateFactor, norm);
    return norm;
  }

  /**
   * Updates every parameter from its accumulated gradient, whose global norm the caller has
   * already measured with {@link #gradientNorm}, then zeroes the gradients.
   *
   * @param rateFactor the schedule's factor on both peak learning rates for this step
   * @param norm the global gradient norm before clipping
   */
  void step(float rateFactor, double norm) {
    float rescale = maxGradNorm > 0 && norm > maxGradNorm ? (float) (maxGradNorm / (norm + 1e-6))
        : 1f;
    steps++;
    double correction = Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps));
    for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
      String name = e.getKey();
      NDArray weight = e.getValue().getArray();
      float rate = (isHead(name) ? headRate : encoderRate) * rateFactor;
      float decay = isDecayed(name) ? weightDecay : 0f;
      try (NDArray grad = weight.getGradient()) {
        // Clipping of the engine's kernel is per element; a global norm is done by rescaling.
        weight.getNDArrayInternal().adamUpdate(
            new NDList(weight, grad, means.get(name), variances.get(name)), new NDList(weight),
            rate, (float) (rate * correction), decay, rescale, -1f, BETA1, BETA2, EPSILON,
            false, true);
      }
    }
  }

  /**
   * Sets every gradient to zero without updating (after a failed micro-batch or a non-finite
   * gradient). The engine's own zeroing is used because arithmetic on the gradient (subtracting
   * it from itself, multiplying by 0) leaves a NaN as NaN.
   */
  void zeroGradients() {
    for (Parameter p : parameters.values()) {
      JniUtils.zeroGrad((PtNDArray) p.getArray());
    }
  }

  /** The global L2 norm of the accumulated gradients: NaN or infinite if any value is. */
  double gradientNorm() {
    double sum = 0;
    for (Parameter p : parameters.values()) {
      NDArray weight = p.getArray();
      try (NDManager scope = weight.getManager().newSubManager()) {
        NDArray grad = weight.getGradient();
        grad.attach(scope);
        // The square and the sum are made in the scope too, and freed with it.
        sum += grad.square().sum().getFloat();
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * The moments, for a checkpoint: {@code mean.NAME} and {@code variance.NAME} per parameter.
   *
   * @return tensor names and shapes, in a fixed order
   */
  Map<String, long[]> stateShapes() {
    Map<String, long[]> m = new LinkedHashMap<>();
    means.forEach((name, a) -> m.put(MEAN + name, a.getShape().getShape()));
    variances.forEach((name, a) -> m.put(VARIANCE + name, a.getShape().getShape()));
    return m;
  }

  /**
   * One moment's values, copied out of the engine.
   *
   * @param stateName a name from {@link #stateShapes}
   * @return its values
   */
  float[] state(String stateName) {
    return moment(stateName).toFloatArray();
  }

  private NDArray moment(String stateName) {
    NDArray a = stateName.startsWith(MEAN) ? means.get(stateName.substring(MEAN.length()))
        : stateName.startsWith(VARIANCE) ? variances.get(stateName.substring(VARIANCE.length()))
        : null;
    if (a == null) {
      throw new IllegalArgumentException("no optimiser state " + stateName);
    }
    return a;
  }

  /**
   * Restores the moments and step count a checkpoint stored.
   *
   * @param state tensors named as {@link #stateShapes} names them
   * @param stepsTaken the optimiser steps taken before the checkpoint
   * @throws IllegalArgumentException if a moment is missing or mis-shaped
   */
  void restore(Map<String, WeightTensor> state, int stepsTaken) {
    for (Map.Entry<String, long[]> e : stateShapes().entrySet()) {
      WeightTensor t = state.get(e.getKey());
      if (t == null || !java.util.Arrays.equals(t.shape(), e.getValue())) {
        throw new IllegalArgumentException("the checkpoint's optimiser state has no matching "
            + e.getKey());
      }
      moment(e.getKey()).set(t.values());
    }
    steps = stepsTaken;
  }
}
