package org.modelworkbench.model;

import java.util.List;
import java.util.Optional;

/**
 * Facts read off a training curve that the window and the report must agree on, so a run's best
 * epoch is the same wherever it is shown.
 */
public final class TrainingCurves {
  private TrainingCurves() {}

  /**
   * The best epoch: the one with the lowest validation loss, the earliest on a tie, as early
   * stopping keeps it. Epochs whose validation loss is not a finite number are skipped.
   *
   * @param curve the epochs in order
   * @return the best epoch, or empty when no epoch has a finite validation loss
   */
  public static Optional<EpochMetrics> bestEpoch(List<EpochMetrics> curve) {
    EpochMetrics best = null;
    for (EpochMetrics point : curve) {
      if (Double.isFinite(point.validationLoss())
          && (best == null || point.validationLoss() < best.validationLoss())) {
        best = point;
      }
    }
    return Optional.ofNullable(best);
  }
}
