package org.modelworkbench.ml.text.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modelworkbench.ml.training.EpochOrder;

/** The length-bucketed batch order and the warm-up schedule: plain Java, no engine. */
class BatchScheduleTest {

  @Test
  void bucketedOrderKeepsEveryRowGroupsSimilarLengthsAndDependsOnlyOnSeedAndEpoch() {
    int rows = 1000;
    int batch = 16;
    Random random = new Random(1);
    int[] lengths = IntStream.range(0, rows).map(i -> 3 + random.nextInt(120)).toArray();
    int[] shuffled = EpochOrder.of(rows, 9, 1);
    int[] order = LengthBucketOrder.arrange(shuffled, lengths, batch, 9, 1);

    int[] sorted = order.clone();
    Arrays.sort(sorted);
    assertThat(sorted).isEqualTo(IntStream.range(0, rows).toArray());
    assertThat(LengthBucketOrder.arrange(shuffled, lengths, batch, 9, 1)).isEqualTo(order);
    assertThat(LengthBucketOrder.arrange(shuffled, lengths, batch, 9, 2)).isNotEqualTo(order);
    // Padding: the longest text of each batch against the batch's total, shuffled vs bucketed.
    assertThat(padding(order, lengths, batch)).isLessThan(padding(shuffled, lengths, batch) / 4);
    // The smaller batch (1000 = 62 x 16 + 8) stays last, where the epoch loop cuts it.
    int[] last = Arrays.copyOfRange(order, 62 * batch, rows);
    assertThat(last).hasSize(8);
  }

  private static long padding(int[] order, int[] lengths, int batch) {
    long pad = 0;
    for (int b = 0; b < order.length; b += batch) {
      int end = Math.min(order.length, b + batch);
      int max = 0;
      for (int i = b; i < end; i++) {
        max = Math.max(max, lengths[order[i]]);
      }
      for (int i = b; i < end; i++) {
        pad += max - lengths[order[i]];
      }
    }
    return pad;
  }

  @Test
  void theLearningRateRisesOverTheWarmUpThenFallsLinearlyToZero() {
    LinearWarmup s = LinearWarmup.of(100, 0.1);
    assertThat(s.warmupSteps()).isEqualTo(10);
    assertThat(s.factor(0)).isCloseTo(1 / 11f, within(1e-6f));
    assertThat(s.factor(9)).isCloseTo(10 / 11f, within(1e-6f));
    assertThat(s.factor(10)).isEqualTo(1f);
    assertThat(s.factor(55)).isCloseTo(0.5f, within(1e-6f));
    assertThat(s.factor(99)).isCloseTo(1 / 90f, within(1e-6f));
    assertThat(s.factor(100)).isZero();
    for (int i = 1; i < 10; i++) {
      assertThat(s.factor(i)).isGreaterThan(s.factor(i - 1));
    }
  }

  @Test
  void parameterGroupsSplitEncoderFromHeadAndSpareBiasesAndLayerNormFromDecay() {
    assertThat(GroupedAdamW.isHead("bert.encoder.layer.0.attention.self.query.weight")).isFalse();
    assertThat(GroupedAdamW.isHead("bert.embeddings.word_embeddings.weight")).isFalse();
    assertThat(GroupedAdamW.isHead("bert.pooler.dense.weight")).isTrue();
    assertThat(GroupedAdamW.isHead("classifier.bias")).isTrue();
    assertThat(GroupedAdamW.isDecayed("classifier.weight")).isTrue();
    assertThat(GroupedAdamW.isDecayed("classifier.bias")).isFalse();
    assertThat(GroupedAdamW.isDecayed("bert.encoder.layer.3.output.LayerNorm.weight")).isFalse();
  }
}
