package org.modelworkbench.ml.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.Random;

/**
 * Weights drawn from a generator of the run's seed, so the same seed gives the same start:
 * He-uniform for convolution kernels {@code [out, in, kh, kw]}, Glorot-uniform for linear
 * weights {@code [out, in]}. Used for weights only; biases and batch-norm values keep DJL's
 * constant defaults.
 */
final class ImageInitializer implements Initializer {
  private final Random random;

  /** Creates an initializer drawing from a generator seeded with {@code seed}. */
  ImageInitializer(long seed) {
    this.random = new Random(seed);
  }

  @Override
  public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
    float[] values = new float[Math.toIntExact(shape.size())];
    double bound;
    if (shape.dimension() == 4) {
      long fanIn = shape.get(1) * shape.get(2) * shape.get(3);
      bound = Math.sqrt(6.0 / fanIn);
    } else if (shape.dimension() == 2) {
      bound = Math.sqrt(6.0 / (shape.get(0) + shape.get(1)));
    } else {
      bound = 0;
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
    }
    return manager.create(values, shape).toType(dataType, false);
  }
}
