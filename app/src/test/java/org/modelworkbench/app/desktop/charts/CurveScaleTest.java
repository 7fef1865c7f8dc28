package org.modelworkbench.app.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The axis ranges of the curve charts, worked out without a screen. */
class CurveScaleTest {
  @Test
  void epochTicksAreWholeNumbersOnRoundSteps() {
    CurveScale.Range thirty = CurveScale.epochs(1, 30);
    assertThat(thirty.tick()).isEqualTo(5);
    assertThat(thirty.lower()).isEqualTo(0);
    assertThat(thirty.upper()).isEqualTo(31);
    for (int epochs : new int[] {1, 2, 7, 8, 9, 40, 100, 333, 2000}) {
      CurveScale.Range range = CurveScale.epochs(1, epochs);
      assertThat(range.tick()).as("tick of %d epochs", epochs).isGreaterThanOrEqualTo(1)
          .satisfies(tick -> assertThat(CurveScale.isWholeEpoch(tick)).isTrue());
      assertThat(CurveScale.isWholeEpoch(range.lower() / range.tick())).as("ticks fall on multiples").isTrue();
      assertThat((epochs) / range.tick()).isLessThanOrEqualTo(CurveScale.EPOCH_TICKS);
    }
  }

  @Test
  void aSingleEpochSitsInTheMiddleWithItsOwnLabelOnly() {
    CurveScale.Range one = CurveScale.epochs(1, 1);
    assertThat(one.lower()).isLessThan(1);
    assertThat(one.upper()).isGreaterThan(1);
    assertThat(1 - one.lower()).isEqualTo(one.upper() - 1);
    assertThat(CurveScale.labelled(1, 1, 1)).isTrue();
    assertThat(CurveScale.labelled(0, 1, 1)).as("no epoch 0").isFalse();
    assertThat(CurveScale.labelled(2, 1, 1)).as("no epoch after the last").isFalse();
    assertThat(CurveScale.labelled(1.5, 1, 3)).as("no half epochs").isFalse();
  }

  @Test
  void anAccuracyAxisStopsAtOne() {
    CurveScale.Range perfect = CurveScale.values(0.86, 1.0, true);
    assertThat(perfect.upper()).isEqualTo(1.0);
    assertThat(perfect.lower()).isLessThanOrEqualTo(0.86).isGreaterThanOrEqualTo(0);
    CurveScale.Range nearly = CurveScale.values(0.97, 0.99, true);
    assertThat(nearly.upper()).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(0.99);
    CurveScale.Range wide = CurveScale.values(0.05, 0.98, true);
    assertThat(wide.lower()).isEqualTo(0);
    assertThat(wide.upper()).isEqualTo(1.0);
  }

  @Test
  void aSingleValueGetsARangeAroundItAndALossNeverGoesBelowZero() {
    CurveScale.Range single = CurveScale.values(0.8654, 0.8654, true);
    assertThat(single.lower()).isLessThan(0.8654);
    assertThat(single.upper()).isGreaterThan(0.8654).isLessThanOrEqualTo(1.0);
    CurveScale.Range loss = CurveScale.values(0.01, 0.76, false);
    assertThat(loss.lower()).isEqualTo(0);
    assertThat(loss.upper()).isGreaterThanOrEqualTo(0.76);
    CurveScale.Range zero = CurveScale.values(0, 0, false);
    assertThat(zero.upper()).isGreaterThan(zero.lower());
    CurveScale.Range none = CurveScale.values(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, false);
    assertThat(none.lower()).isEqualTo(0);
    assertThat(none.upper()).isEqualTo(1);
  }

  @Test
  void boundsAreRoundTicksWithoutFloatingPointDust() {
    CurveScale.Range range = CurveScale.values(0.1, 0.7, false);
    double steps = (range.upper() - range.lower()) / range.tick();
    assertThat(Math.abs(steps - Math.rint(steps))).isLessThan(1e-9);
    assertThat(Double.toString(range.upper())).hasSizeLessThan(6);
  }
}
