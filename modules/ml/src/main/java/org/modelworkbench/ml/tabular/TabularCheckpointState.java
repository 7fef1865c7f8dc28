package org.modelworkbench.ml.tabular;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;

/**
 * What a tabular checkpoint remembers besides the parameters and the manifest, so a stopped run
 * continues where it stopped.
 *
 * @param epoch the last finished epoch
 * @param curve the curve up to that epoch
 * @param bestEpoch the epoch with the lowest validation loss so far, or 0 when none scored yet
 * @param bestLoss that loss, or null when no epoch scored yet
 * @param epochsWithoutImprovement finished epochs since the best one (the early-stopping count)
 */
record TabularCheckpointState(int epoch, List<EpochMetrics> curve, int bestEpoch, Double bestLoss,
    int epochsWithoutImprovement) {
  /** Copies the curve (a missing one reads as empty). */
  TabularCheckpointState {
    curve = curve == null ? List.of() : List.copyOf(curve);
  }
}
