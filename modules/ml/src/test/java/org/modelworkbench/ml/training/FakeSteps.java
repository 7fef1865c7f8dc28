package org.modelworkbench.ml.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Epoch steps without an engine: the "model" is one number that every batch folds the rows it saw
 * into (so it depends on the row order), the losses come from scripts by epoch, and every call is
 * recorded.
 */
final class FakeSteps implements EpochSteps {
  private final IntToDoubleFunction trainLoss;
  private final IntToDoubleFunction validationLoss;
  private int epoch;
  long weights;
  long keptWeights;
  final List<Integer> kept = new ArrayList<>();
  final List<EpochState> checkpoints = new ArrayList<>();
  final List<Long> checkpointWeights = new ArrayList<>();
  final List<int[]> orders = new ArrayList<>();
  final List<EpochPosition> positions = new ArrayList<>();
  int batches;

  /**
   * @param trainLoss each epoch's batch loss
   * @param validationLoss each epoch's validation loss
   * @param weights the model to start from (a checkpoint's, when resuming)
   */
  FakeSteps(IntToDoubleFunction trainLoss, IntToDoubleFunction validationLoss, long weights) {
    this.trainLoss = trainLoss;
    this.validationLoss = validationLoss;
    this.weights = weights;
  }

  @Override
  public void startEpoch(int epoch) {
    this.epoch = epoch;
  }

  @Override
  public double trainBatch(int[] order, int from, int to) {
    if (from == 0) {
      orders.add(order.clone());
    }
    for (int i = from; i < to; i++) {
      weights = weights * 31 + order[i] + 1;
    }
    batches++;
    return trainLoss.applyAsDouble(epoch);
  }

  @Override
  public void afterBatch(EpochPosition position) {
    positions.add(position);
  }

  @Override
  public EpochScore validate() {
    return new EpochScore(validationLoss.applyAsDouble(epoch), 1.0 / (1 + weights % 7));
  }

  @Override
  public void keepBest(int bestEpoch) {
    kept.add(bestEpoch);
    keptWeights = weights;
  }

  @Override
  public void checkpoint(EpochState state) {
    checkpoints.add(state);
    checkpointWeights.add(weights);
  }
}
