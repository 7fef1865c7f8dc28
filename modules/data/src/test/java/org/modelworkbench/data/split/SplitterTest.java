package org.modelworkbench.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DataSplit;

class SplitterTest {

  /** The parts are sorted, disjoint and together hold every row exactly once. */
  private static void assertPartition(DataSplit split, int rowCount) {
    assertThat(split.train()).isSorted();
    assertThat(split.validation()).isSorted();
    assertThat(split.test()).isSorted();
    int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()),
        Arrays.stream(split.validation())), Arrays.stream(split.test())).sorted().toArray();
    assertThat(all).isEqualTo(IntStream.range(0, rowCount).toArray());
  }

  private static String[] labels(int... sizes) {
    String[] labels = new String[IntStream.of(sizes).sum()];
    int row = 0;
    for (int c = 0; c < sizes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        labels[row++] = "class" + c;
      }
    }
    return labels;
  }

  private static long count(int[] rows, String[] labels, String label) {
    return Arrays.stream(rows).filter(r -> labels[r].equals(label)).count();
  }

  @Test
  void plainSplitSizesAndPartition() {
    DataSplit split = Splitter.split(100, null, 0.15, 0.2, 42);
    assertThat(split.test()).hasSize(20);
    assertThat(split.validation()).hasSize(15);
    assertThat(split.train()).hasSize(65);
    assertThat(split.stratified()).isFalse();
    assertThat(split.seed()).isEqualTo(42);
    assertPartition(split, 100);
  }

  @Test
  void sizesAreRounded() {
    DataSplit split = Splitter.split(11, null, 0.15, 0.2, 1);
    // 11 * 0.2 = 2.2 -> 2; 11 * 0.15 = 1.65 -> 2
    assertThat(split.test()).hasSize(2);
    assertThat(split.validation()).hasSize(2);
    assertThat(split.train()).hasSize(7);
    assertPartition(split, 11);
  }

  @Test
  void sameSeedSameSplit() {
    String[] labels = labels(50, 30, 20);
    assertThat(Splitter.split(100, null, 0.1, 0.2, 5)).usingRecursiveComparison()
        .isEqualTo(Splitter.split(100, null, 0.1, 0.2, 5));
    assertThat(Splitter.split(100, labels, 0.1, 0.2, 5)).usingRecursiveComparison()
        .isEqualTo(Splitter.split(100, labels, 0.1, 0.2, 5));
  }

  @Test
  void differentSeedsGiveDifferentSplits() {
    assertThat(Splitter.split(100, null, 0.1, 0.2, 1).test())
        .isNotEqualTo(Splitter.split(100, null, 0.1, 0.2, 2).test());
    String[] labels = labels(50, 50);
    assertThat(Splitter.split(100, labels, 0.1, 0.2, 1).test())
        .isNotEqualTo(Splitter.split(100, labels, 0.1, 0.2, 2).test());
  }

  @Test
  void theTestPartIsNotJustTheFirstRows() {
    assertThat(Splitter.split(1000, null, 0.1, 0.2, 3).test())
        .isNotEqualTo(IntStream.range(0, 200).toArray());
  }

  @Test
  void stratifiedSharesPerClass() {
    String[] labels = labels(60, 30, 10);
    DataSplit split = Splitter.split(100, labels, 0.1, 0.2, 9);
    assertThat(split.stratified()).isTrue();
    assertPartition(split, 100);
    assertThat(count(split.test(), labels, "class0")).isEqualTo(12);
    assertThat(count(split.test(), labels, "class1")).isEqualTo(6);
    assertThat(count(split.test(), labels, "class2")).isEqualTo(2);
    assertThat(count(split.validation(), labels, "class0")).isEqualTo(6);
    assertThat(count(split.validation(), labels, "class1")).isEqualTo(3);
    assertThat(count(split.validation(), labels, "class2")).isEqualTo(1);
  }

  @Test
  void stratifiedTotalsMatchTheFractionsDespiteRounding() {
    // Ideal test shares 2.6, 2.6, 2.6, 2.2 add up to 10; rounding each alone would give 12.
    String[] labels = labels(13, 13, 13, 11);
    DataSplit split = Splitter.split(50, labels, 0.2, 0.2, 4);
    assertThat(split.test()).hasSize(10);
    assertThat(split.validation()).hasSize(10);
    assertThat(split.train()).hasSize(30);
    assertPartition(split, 50);
    for (String label : new String[] {"class0", "class1", "class2", "class3"}) {
      assertThat(count(split.test(), labels, label)).isBetween(2L, 3L);
    }
  }

  @Test
  void smallClassesKeepATrainingAndATestRow() {
    String[] labels = labels(40, 3, 3, 2, 1);
    DataSplit split = Splitter.split(labels.length, labels, 0.15, 0.2, 11);
    assertPartition(split, labels.length);
    for (String label : new String[] {"class1", "class2"}) {
      assertThat(count(split.test(), labels, label)).isGreaterThanOrEqualTo(1);
      assertThat(count(split.train(), labels, label)).isGreaterThanOrEqualTo(1);
    }
    assertThat(count(split.train(), labels, "class3")).isGreaterThanOrEqualTo(1);
    assertThat(count(split.train(), labels, "class4")).isEqualTo(1);
  }

  @Test
  void largeStratifiedSplitKeepsClassShares() {
    String[] labels = labels(7000, 2000, 1000);
    DataSplit split = Splitter.split(10_000, labels, 0.15, 0.15, 21);
    assertThat(split.test()).hasSize(1500);
    assertThat(count(split.test(), labels, "class0")).isEqualTo(1050);
    assertThat(count(split.test(), labels, "class1")).isEqualTo(300);
    assertThat(count(split.test(), labels, "class2")).isEqualTo(150);
    assertThat(count(split.train(), labels, "class2")).isEqualTo(700);
  }

  @Test
  void interleavedLabelsAreStratifiedToo() {
    String[] labels = new String[90];
    for (int i = 0; i < 90; i++) {
      labels[i] = i % 3 == 0 ? "a" : "b";
    }
    DataSplit split = Splitter.split(90, labels, 0.0, 1.0 / 3, 2);
    assertThat(count(split.test(), labels, "a")).isEqualTo(10);
    assertThat(count(split.test(), labels, "b")).isEqualTo(20);
    assertThat(split.validation()).isEmpty();
  }

  @Test
  void nullLabelsFormAClass() {
    String[] labels = {"a", null, "a", null, "a", null, "a", null, "a", null};
    DataSplit split = Splitter.split(10, labels, 0.0, 0.2, 3);
    assertThat(Arrays.stream(split.test()).filter(r -> labels[r] == null).count()).isEqualTo(1);
  }

  @Test
  void noRows() {
    DataSplit split = Splitter.split(0, null, 0.15, 0.2, 1);
    assertThat(split.train()).isEmpty();
    assertThat(split.validation()).isEmpty();
    assertThat(split.test()).isEmpty();
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> Splitter.split(10, null, 0.5, 0.5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Splitter.split(10, null, -0.1, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Splitter.split(10, null, Double.NaN, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Splitter.split(10, new String[3], 0.1, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Splitter.split(-1, null, 0.1, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
