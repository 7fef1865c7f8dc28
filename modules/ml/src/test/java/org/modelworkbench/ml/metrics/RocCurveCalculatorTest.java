package org.modelworkbench.ml.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.modelworkbench.model.RocCurve;

class RocCurveCalculatorTest {
  @Test
  void pointsComputedByHand() {
    // Scores high to low: 0.9 (pos), 0.8 (neg), 0.7 (pos), 0.1 (neg).
    RocCurve curve = RocCurveCalculator.compute("yes", new double[] {0.1, 0.9, 0.7, 0.8},
        new boolean[] {false, true, true, false});
    assertThat(curve.falsePositiveRate()).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0);
    assertThat(curve.truePositiveRate()).containsExactly(0.0, 0.5, 0.5, 1.0, 1.0);
    // Pairs (pos, neg) ranked right: (0.9>0.8), (0.9>0.1), (0.7>0.1); wrong: (0.7<0.8) -> 3/4.
    assertThat(curve.auc()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void tiedScoresMoveTogether() {
    RocCurve curve = RocCurveCalculator.compute("yes", new double[] {0.5, 0.5, 0.5, 0.2},
        new boolean[] {true, false, true, false});
    assertThat(curve.falsePositiveRate()).containsExactly(0.0, 0.5, 1.0);
    assertThat(curve.truePositiveRate()).containsExactly(0.0, 1.0, 1.0);
  }

  @Test
  void oneClassOnlyIsRefused() {
    assertThatThrownBy(() -> RocCurveCalculator.compute("yes", new double[] {0.1, 0.2}, new boolean[] {true, true}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
