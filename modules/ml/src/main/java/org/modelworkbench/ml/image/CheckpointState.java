package org.modelworkbench.ml.image;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;

/**
 * What a checkpoint remembers besides the parameters, so training continues exactly where it
 * stopped.
 *
 * @param epoch the last finished epoch
 * @param curve the curve up to that epoch
 * @param bestEpoch the epoch with the lowest validation loss so far
 * @param bestLoss that loss
 * @param batchSize the batch size in use (halved after an out-of-memory error)
 * @param freezeEpochs head-only epochs at the start (fine-tuning), else 0
 * @param augment whether light augmentation is on
 * @param manifest the model's manifest
 */
record CheckpointState(int epoch, List<EpochMetrics> curve, int bestEpoch, double bestLoss,
    int batchSize, int freezeEpochs, boolean augment, ImageManifest manifest) {
  /** Copies the curve. */
  CheckpointState {
    curve = curve == null ? List.of() : List.copyOf(curve);
  }
}
