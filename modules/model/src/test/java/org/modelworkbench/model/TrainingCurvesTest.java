package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCurvesTest {
  private static EpochMetrics epoch(int n, double validationLoss) {
    return new EpochMetrics(n, 1.0, validationLoss, 0.5, 100, n * 1000L);
  }

  @Test
  void theBestEpochHasTheLowestValidationLossAndTheEarliestWinsATie() {
    List<EpochMetrics> curve = List.of(epoch(1, 0.9), epoch(2, 0.4), epoch(3, 0.4), epoch(4, 0.6));
    assertThat(TrainingCurves.bestEpoch(curve)).map(EpochMetrics::epoch).contains(2);
  }

  @Test
  void epochsWithoutAFiniteValidationLossAreSkipped() {
    List<EpochMetrics> curve = List.of(epoch(1, Double.NaN), epoch(2, Double.POSITIVE_INFINITY), epoch(3, 2.0));
    assertThat(TrainingCurves.bestEpoch(curve)).map(EpochMetrics::epoch).contains(3);
    assertThat(TrainingCurves.bestEpoch(List.of(epoch(1, Double.NaN)))).isEmpty();
    assertThat(TrainingCurves.bestEpoch(List.of())).isEmpty();
  }
}
