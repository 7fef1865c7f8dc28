package org.modelworkbench.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void largestRemaindersGetTheLeftoverRows() {
    // Floors 2, 1, 0 leave one row; 0.7 is the largest remainder.
    int[] share = Apportionment.apportion(new double[] {2.2, 1.1, 0.7}, new int[3], new int[] {9, 9, 9}, 4);
    assertThat(share).containsExactly(2, 1, 1);
  }

  @Test
  void tiesGoToTheEarlierGroup() {
    int[] share = Apportionment.apportion(new double[] {1.5, 1.5, 1.0}, new int[3], new int[] {9, 9, 9}, 4);
    assertThat(share).containsExactly(2, 1, 1);
  }

  @Test
  void minimumsWinAndTheTotalIsMetByTakingFromTheMostOverServed() {
    // Group 2 must get 1 though its ideal is 0.2; group 0 is then furthest above its ideal.
    int[] share = Apportionment.apportion(new double[] {3.4, 1.4, 0.2}, new int[] {0, 0, 1},
        new int[] {9, 9, 9}, 5);
    assertThat(share).containsExactly(3, 1, 1);
  }

  @Test
  void maximumsAreNeverExceeded() {
    int[] share = Apportionment.apportion(new double[] {0.9, 0.9}, new int[2], new int[] {0, 5}, 2);
    assertThat(share).containsExactly(0, 2);
  }

  @Test
  void unreachableTotalsStopAtTheBounds() {
    assertThat(Apportionment.apportion(new double[] {3, 3}, new int[2], new int[] {1, 1}, 6))
        .containsExactly(1, 1);
    assertThat(Apportionment.apportion(new double[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, 0))
        .containsExactly(1, 1);
  }
}
