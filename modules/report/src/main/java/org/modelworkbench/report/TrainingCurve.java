package org.modelworkbench.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.TrainingCurves;

/** Facts read off a training curve, shared by the charts and the report text. */
final class TrainingCurve {
  private TrainingCurve() {}

  /** The best epoch, by the rule the window shares ({@link TrainingCurves#bestEpoch}). */
  static Optional<EpochMetrics> bestEpoch(List<EpochMetrics> curve) {
    return TrainingCurves.bestEpoch(curve);
  }

  /** Whether a metric name means a share (accuracy) that reads best as a percentage. */
  static boolean isShareMetric(String metricName) {
    return metricName != null && metricName.toLowerCase(Locale.ROOT).contains("accuracy");
  }
}
