package org.modelworkbench.ml.training;

/**
 * A point inside an epoch, after a finished batch: what a route that checkpoints within long
 * epochs stores, and what {@link EpochLoop#run(EpochSteps, EpochState, long, EpochPosition)}
 * continues from.
 *
 * @param epoch the 1-based epoch being trained (one after the last finished epoch)
 * @param batchesDone batches of it already trained
 * @param lossSum the sum over those batches of batch mean loss times batch rows
 * @param elapsedMillis training time spent up to this point, earlier epochs included
 */
public record EpochPosition(int epoch, int batchesDone, double lossSum, long elapsedMillis) {
  /** Checks the counts. */
  public EpochPosition {
    if (epoch < 1 || batchesDone < 0) {
      throw new IllegalArgumentException("epoch must be positive and batchesDone not negative");
    }
  }
}
