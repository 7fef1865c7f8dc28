package org.modelworkbench.store.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix sort against a stable sort of pairs, on keys of every width and on sub-ranges. */
class LongRadixSortTest {
  /** Sorts and checks: keys ascending, each value still with its key, ties in their old order. */
  private static void check(long[] keys, int from, int to) {
    long[] sortedKeys = keys.clone();
    int[] values = new int[keys.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    new LongRadixSort().sort(sortedKeys, values, from, to);
    for (int i = 0; i < keys.length; i++) {
      if (i < from || i >= to) {
        assertThat(values[i]).isEqualTo(i);
        continue;
      }
      assertThat(sortedKeys[i]).isEqualTo(keys[values[i]]);
      if (i > from) {
        assertThat(sortedKeys[i]).isGreaterThanOrEqualTo(sortedKeys[i - 1]);
        if (sortedKeys[i] == sortedKeys[i - 1]) {
          assertThat(values[i]).isGreaterThan(values[i - 1]);
        }
      }
    }
    long[] expected = Arrays.copyOfRange(keys, from, to);
    Arrays.sort(expected);
    assertThat(Arrays.copyOfRange(sortedKeys, from, to)).containsExactly(expected);
  }

  @Test
  void sortsSignedKeysOfEveryWidthStably() {
    SplittableRandom random = new SplittableRandom(11);
    for (long bound : new long[] {2, 3000, 1L << 20, 1L << 40, Long.MAX_VALUE}) {
      long[] keys = new long[5000];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextLong(bound) - (random.nextBoolean() ? 0 : bound / 2);
      }
      keys[7] = Long.MIN_VALUE;
      keys[8] = Long.MAX_VALUE;
      keys[9] = -1;
      check(keys, 0, keys.length);
      check(keys, 100, 4000);
      check(keys, 10, 40);
    }
  }

  @Test
  void leavesEqualKeysAndEmptyRangesAlone() {
    long[] same = new long[300];
    Arrays.fill(same, -42);
    check(same, 0, same.length);
    check(same, 5, 5);
    check(new long[0], 0, 0);
  }
}
