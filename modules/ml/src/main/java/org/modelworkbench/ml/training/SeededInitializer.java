package org.modelworkbench.ml.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.Random;

/**
 * Glorot-uniform weights and zero biases drawn from a {@link Random} of the run's seed, so the
 * start point depends on the seed only, not on the engine's global generator (which other work in
 * the same process may also draw from).
 */
public final class SeededInitializer implements Initializer {
  private final Random random;

  /** Creates an initializer drawing from a generator seeded with {@code seed}. */
  public SeededInitializer(long seed) {
    this.random = new Random(seed);
  }

  @Override
  public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
    float[] values = new float[Math.toIntExact(shape.size())];
    if (shape.dimension() == 2) {
      // Linear weights are [outputs, inputs].
      double bound = Math.sqrt(6.0 / (shape.get(0) + shape.get(1)));
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
    }
    return manager.create(values, shape).toType(dataType, false);
  }
}
