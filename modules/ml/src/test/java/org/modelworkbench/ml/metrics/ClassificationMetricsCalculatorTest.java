package org.modelworkbench.ml.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;

class ClassificationMetricsCalculatorTest {
  private static final double EPS = 1e-9;

  @Test
  void binaryMetricsMatchHandComputation() {
    // Predicted (argmax, tie -> first label): no, yes, yes, no, no.
    String[] actual = {"no", "no", "yes", "yes", "yes"};
    double[][] p = {{0.9, 0.1}, {0.4, 0.6}, {0.3, 0.7}, {0.6, 0.4}, {0.5, 0.5}};

    ClassificationMetrics m =
        ClassificationMetricsCalculator.compute(actual, p, List.of("no", "yes"));

    assertThat(m.accuracy()).isCloseTo(2.0 / 5, within(EPS));
    assertThat(m.confusionMatrix()).isEqualTo(new long[][] {{1, 1}, {2, 1}});
    // no: precision 1/3, recall 1/2, F1 0.4; yes: precision 1/2, recall 1/3, F1 0.4.
    assertThat(m.perClass()).extracting(ClassMetrics::support).containsExactly(2L, 3L);
    assertThat(m.perClass().get(0).precision()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(m.perClass().get(0).recall()).isCloseTo(0.5, within(EPS));
    assertThat(m.perClass().get(1).precision()).isCloseTo(0.5, within(EPS));
    assertThat(m.perClass().get(1).recall()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(m.perClass().get(1).f1()).isCloseTo(0.4, within(EPS));
    assertThat(m.macroF1()).isCloseTo(0.4, within(EPS));
    double logLoss = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.7) + Math.log(0.4)
        + Math.log(0.5)) / 5;
    assertThat(m.logLoss()).isCloseTo(logLoss, within(EPS));
    // P(yes): positives 0.7, 0.4, 0.5 against negatives 0.1, 0.6: 4 of 6 pairs ordered right.
    assertThat(m.rocAuc()).isCloseTo(4.0 / 6, within(EPS));
    assertThat(m.count()).isEqualTo(5);
    assertThat(m.labels()).containsExactly("no", "yes");
  }

  @Test
  void aucCountsTiedScoresAsHalf() {
    // Positive 0.5 ties both negatives (2 x 1/2), positive 0.9 beats both: 3 of 4 pairs.
    String[] actual = {"n", "n", "p", "p"};
    double[][] p = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.1, 0.9}};

    ClassificationMetrics m = ClassificationMetricsCalculator.compute(actual, p, List.of("n", "p"));

    assertThat(m.rocAuc()).isCloseTo(0.75, within(EPS));
  }

  @Test
  void multiClassMetricsMatchHandComputation() {
    String[] actual = {"a", "b", "c", "a", "b", "c"};
    double[][] p = {
      {0.7, 0.2, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.6, 0.3},
      {0.3, 0.3, 0.4}, {0.2, 0.2, 0.6}, {0.1, 0.1, 0.8}
    };

    ClassificationMetrics m =
        ClassificationMetricsCalculator.compute(actual, p, List.of("a", "b", "c"));

    // Predicted: a, b, b, c, c, c.
    assertThat(m.accuracy()).isCloseTo(0.5, within(EPS));
    assertThat(m.confusionMatrix()).isEqualTo(new long[][] {{1, 0, 1}, {0, 1, 1}, {0, 1, 1}});
    // F1: a 2/3 (P 1, R 1/2), b 1/2, c 2/5 (P 1/3, R 1/2).
    assertThat(m.perClass()).extracting(ClassMetrics::f1)
        .containsExactly(2.0 / 3, 0.5, 0.4);
    assertThat(m.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 0.4) / 3, within(EPS));
    double logLoss = -(Math.log(0.7) + Math.log(0.5) + Math.log(0.3) + Math.log(0.3)
        + Math.log(0.2) + Math.log(0.8)) / 6;
    assertThat(m.logLoss()).isCloseTo(logLoss, within(EPS));
    // One-vs-rest AUC: a 8/8, b 4.5/8 (one tie), c 5.5/8 (one tie); macro mean 0.75.
    assertThat(m.rocAuc()).isCloseTo(0.75, within(EPS));
  }

  @Test
  void undefinedPrecisionCountsAsZero() {
    String[] actual = {"a", "b"};
    double[][] p = {{0.9, 0.1, 0}, {0.8, 0.2, 0}};

    ClassificationMetrics m =
        ClassificationMetricsCalculator.compute(actual, p, List.of("a", "b", "c"));

    // b is never predicted and c never occurs: both score 0, and the macro mean counts them.
    assertThat(m.perClass().get(1)).isEqualTo(new ClassMetrics("b", 0, 0, 0, 1));
    assertThat(m.perClass().get(2)).isEqualTo(new ClassMetrics("c", 0, 0, 0, 0));
    assertThat(m.macroF1()).isCloseTo((2.0 / 3) / 3, within(EPS));
  }

  @Test
  void logLossRenormalisesRowsAndClipsZero() {
    String[] actual = {"a", "b"};
    double[][] p = {{0.2, 0.2}, {1.0, 0.0}};

    ClassificationMetrics m = ClassificationMetricsCalculator.compute(actual, p, List.of("a", "b"));

    assertThat(m.logLoss()).isCloseTo((Math.log(2) - Math.log(1e-15)) / 2, within(EPS));
  }

  @Test
  void aucIsNullWithOneClassPresent() {
    ClassificationMetrics m = ClassificationMetricsCalculator.compute(
        new String[] {"a", "a"}, new double[][] {{0.6, 0.4}, {0.3, 0.7}}, List.of("a", "b"));

    assertThat(m.rocAuc()).isNull();
    assertThat(m.accuracy()).isCloseTo(0.5, within(EPS));
  }

  @Test
  void multiClassAucAveragesOnlyClassesPresent() {
    // c never occurs: the mean runs over a and b, each perfectly separated.
    String[] actual = {"a", "b"};
    double[][] p = {{0.8, 0.1, 0.1}, {0.1, 0.8, 0.1}};

    ClassificationMetrics m =
        ClassificationMetricsCalculator.compute(actual, p, List.of("a", "b", "c"));

    assertThat(m.rocAuc()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void unknownActualLabelIsRejected() {
    assertThatThrownBy(() -> ClassificationMetricsCalculator.compute(
        new String[] {"x"}, new double[][] {{1, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void mismatchedSizesAreRejected() {
    assertThatThrownBy(() -> ClassificationMetricsCalculator.compute(
        new String[] {"a", "b"}, new double[][] {{1, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClassificationMetricsCalculator.compute(
        new String[] {"a"}, new double[][] {{1, 0, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
