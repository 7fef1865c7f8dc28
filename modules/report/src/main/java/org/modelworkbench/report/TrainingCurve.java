package org.modelworkbench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelworkbench.model.EpochMetrics;

/** Facts read off a training curve, shared by the charts and the report text. */
final class TrainingCurve {
  private TrainingCurve() {}

  /**
   * The best epoch: the one with the lowest validation loss, the earliest on a tie. Epochs whose
   * validation loss is not a finite number are skipped.
   */
  static Optional<EpochMetrics> bestEpoch(List<EpochMetrics> curve) {
    EpochMetrics best = null;
    for (EpochMetrics point : curve) {
      if (Double.isFinite(point.validationLoss())
          && (best == null || point.validationLoss() < best.validationLoss())) {
        best = point;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a metric name means a share (accuracy) that reads best as a percentage. */
  static boolean isShareMetric(String metricName) {
    return metricName != null && metricName.toLowerCase(Locale.ROOT).contains("accuracy");
  }
}
