package org.modelworkbench.ml.training;

/**
 * How many epochs of what the shared epoch loop runs.
 *
 * @param rows training rows (or images, or examples) per epoch
 * @param maxEpochs the last epoch to run
 * @param batchSize rows per optimisation step
 * @param patience epochs without a better validation loss before stopping early; 0 never stops
 * @param seed the run's seed, from which every epoch's row order is drawn
 */
public record EpochPlan(int rows, int maxEpochs, int batchSize, int patience, long seed) {
  /** Checks the sizes. */
  public EpochPlan {
    if (rows < 1 || batchSize < 1) {
      throw new IllegalArgumentException("rows and batchSize must be positive");
    }
  }

  /** Batches per epoch; the last one may be smaller. */
  public int batches() {
    return (rows + batchSize - 1) / batchSize;
  }
}
