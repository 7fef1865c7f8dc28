package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.EpochMetrics;

class TrainingCurveTest {

  @Test
  void bestEpochHasTheLowestValidationLossEarliestOnATie() {
    List<EpochMetrics> curve = List.of(point(1, 0.9), point(2, 0.4), point(3, Double.NaN), point(4, 0.4),
        point(5, 0.6));
    assertThat(TrainingCurve.bestEpoch(curve)).map(EpochMetrics::epoch).contains(2);
  }

  @Test
  void noBestEpochWithoutFiniteLosses() {
    assertThat(TrainingCurve.bestEpoch(List.of())).isEmpty();
    assertThat(TrainingCurve.bestEpoch(List.of(point(1, Double.NaN)))).isEmpty();
  }

  @Test
  void accuracyIsAShareMetric() {
    assertThat(TrainingCurve.isShareMetric("Validation accuracy")).isTrue();
    assertThat(TrainingCurve.isShareMetric("Validation RMSE")).isFalse();
  }

  private static EpochMetrics point(int epoch, double validationLoss) {
    return new EpochMetrics(epoch, 1.0, validationLoss, 0.5, 1000, epoch * 1000L);
  }
}
