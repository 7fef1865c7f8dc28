package org.modelworkbench.ml.text.tfidf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {
  @Test
  void everyFoldHoldsEveryClassInAboutItsShare() {
    int[] classes = new int[103];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = i < 90 ? 0 : i < 100 ? 1 : 2; // 90, 10 and 3 examples
    }
    int[] fold = StratifiedFolds.assign(classes, 3, 3, 7);
    int[][] counts = new int[3][3];
    for (int i = 0; i < classes.length; i++) {
      counts[fold[i]][classes[i]]++;
    }
    for (int f = 0; f < 3; f++) {
      assertThat(counts[f][0]).isEqualTo(30);
      assertThat(counts[f][1]).isBetween(3, 4);
      assertThat(counts[f][2]).isEqualTo(1);
    }
    assertThat(StratifiedFolds.assign(classes, 3, 3, 7)).isEqualTo(fold);
    assertThat(StratifiedFolds.smallestClass(classes, 3)).isEqualTo(3);
  }
}
