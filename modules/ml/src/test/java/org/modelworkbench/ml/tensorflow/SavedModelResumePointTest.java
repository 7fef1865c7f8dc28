package org.modelworkbench.ml.tensorflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.WorkbenchException;

/** A stored curve gives the resume point by the loop's rule: the lowest validation loss wins. */
class SavedModelResumePointTest {
  private static EpochMetrics epoch(int n, double validationLoss, double accuracy) {
    return new EpochMetrics(n, 1.0, validationLoss, accuracy, 100, n * 10L);
  }

  @Test
  void theBestEpochIsTheOneWithTheLowestValidationLossNotTheHighestAccuracy() {
    SavedModelResumePoint point = SavedModelResumePoint.after(List.of(
        epoch(1, 0.9, 0.80), epoch(2, 0.6, 1.00), epoch(3, 0.4, 1.00), epoch(4, 0.5, 0.95)));

    assertThat(point).isEqualTo(new SavedModelResumePoint(4, 3, 0.4, 1, 40));
  }

  @Test
  void anEmptyCurveIsTheStartAndAGapIsRefused() {
    assertThat(SavedModelResumePoint.after(List.of())).isEqualTo(SavedModelResumePoint.START);
    assertThatThrownBy(() -> SavedModelResumePoint.after(List.of(epoch(1, 1, 0), epoch(3, 1, 0))))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("no epoch 2");
  }
}
