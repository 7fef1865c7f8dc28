package org.modelworkbench.ml.text.finetune;

import java.util.List;
import org.modelworkbench.ml.training.EpochPosition;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.model.EpochMetrics;

/**
 * What a fine-tuning checkpoint remembers besides the weights and the optimiser's moments, so a
 * run continues where it stopped: the step, the finished epochs, the position inside the next
 * epoch and the settings that must not change on resume.
 *
 * @param format version of this record's layout
 * @param step optimiser steps taken
 * @param epoch the last finished epoch, 0 before the first
 * @param curve the finished epochs
 * @param bestEpoch the epoch with the lowest validation loss, or 0
 * @param bestLoss its loss, or null when no epoch finished
 * @param elapsedMillis training time up to the end of {@code epoch}
 * @param position where epoch {@code epoch + 1} stands, or null at an epoch's end
 * @param microBatch texts per forward pass in use
 * @param seed the run's seed (batch order and head start; dropout draws continue from a fresh
 *     engine generator after a resume)
 * @param labels the classes
 * @param rows training texts
 * @param batchSize texts per step
 */
record CheckpointProgress(int format, int step, int epoch, List<EpochMetrics> curve,
    int bestEpoch, Double bestLoss, long elapsedMillis, EpochPosition position, int microBatch,
    long seed, List<String> labels, int rows, int batchSize) {
  static final int FORMAT = 1;

  /** The epoch loop's state after the last finished epoch. */
  EpochState state() {
    return new EpochState(epoch, curve, bestEpoch,
        bestLoss == null ? Double.POSITIVE_INFINITY : bestLoss, elapsedMillis);
  }
}
