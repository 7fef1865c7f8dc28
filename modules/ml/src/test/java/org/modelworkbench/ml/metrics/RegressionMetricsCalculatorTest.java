package org.modelworkbench.ml.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.modelworkbench.model.RegressionMetrics;

class RegressionMetricsCalculatorTest {
  private static final double EPS = 1e-12;

  @Test
  void metricsMatchHandComputation() {
    // Errors -0.5, 0, 0.5, -1: SSres 1.5, SStot 5 (mean 2.5).
    RegressionMetrics m = RegressionMetricsCalculator.compute(
        new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2.5, 5});

    assertThat(m.rmse()).isCloseTo(Math.sqrt(1.5 / 4), within(EPS));
    assertThat(m.mae()).isCloseTo(2.0 / 4, within(EPS));
    assertThat(m.r2()).isCloseTo(1 - 1.5 / 5, within(EPS));
    assertThat(m.count()).isEqualTo(4);
  }

  @Test
  void perfectPredictionsScoreOne() {
    RegressionMetrics m = RegressionMetricsCalculator.compute(
        new double[] {3, -1, 7}, new double[] {3, -1, 7});

    assertThat(m.rmse()).isZero();
    assertThat(m.r2()).isEqualTo(1.0);
  }

  @Test
  void constantActualsGiveZeroR2() {
    RegressionMetrics m = RegressionMetricsCalculator.compute(
        new double[] {2, 2}, new double[] {1, 3});

    assertThat(m.r2()).isZero();
    assertThat(m.rmse()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void worseThanTheMeanIsNegative() {
    RegressionMetrics m = RegressionMetricsCalculator.compute(
        new double[] {1, 2, 3}, new double[] {3, 2, 1});

    assertThat(m.r2()).isCloseTo(1 - 8.0 / 2, within(EPS));
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> RegressionMetricsCalculator.compute(new double[] {1}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegressionMetricsCalculator.compute(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
