package org.modelworkbench.ml.training;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;

/**
 * Where a run stands after a finished epoch: what a checkpoint must remember for the loop to
 * continue exactly there.
 *
 * @param epoch the last finished epoch, 0 before the first
 * @param curve the epochs finished so far, in order (a route may start the loop with an empty
 *     curve even when {@code epoch > 0}, if it keeps the earlier epochs itself)
 * @param bestEpoch the epoch with the lowest validation loss so far, or 0
 * @param bestLoss that loss, or {@link Double#POSITIVE_INFINITY} when no epoch finished
 * @param elapsedMillis training time spent up to the end of {@code epoch}
 */
public record EpochState(int epoch, List<EpochMetrics> curve, int bestEpoch, double bestLoss,
    long elapsedMillis) {
  /** Before the first epoch of a fresh run. */
  public static final EpochState START =
      new EpochState(0, List.of(), 0, Double.POSITIVE_INFINITY, 0);

  /** Copies the curve (a missing one reads as empty). */
  public EpochState {
    curve = curve == null ? List.of() : List.copyOf(curve);
  }

  /**
   * The state a checkpoint stored, with the elapsed time taken from its curve's last point.
   *
   * @param epoch the checkpoint's epoch
   * @param curve the curve up to and including the checkpoint's epoch
   * @param bestEpoch the best epoch, or 0
   * @param bestLoss its validation loss, or null (or infinity) when there is none
   */
  public static EpochState of(int epoch, List<EpochMetrics> curve, int bestEpoch,
      Double bestLoss) {
    EpochMetrics last = curve.isEmpty() ? null : curve.get(curve.size() - 1);
    return new EpochState(epoch, curve, bestEpoch,
        bestLoss == null ? Double.POSITIVE_INFINITY : bestLoss,
        last == null ? 0 : last.elapsedMillis());
  }

  /** Epochs finished since the best one: the early-stopping count. */
  public int epochsWithoutImprovement() {
    return epoch - bestEpoch;
  }
}
