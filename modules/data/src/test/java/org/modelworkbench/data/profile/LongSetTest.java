package org.modelworkbench.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The distinct count of the set, bitmap window and hash table together, against a HashSet. */
class LongSetTest {
  @Test
  void countsLikeAHashSetForNearAndFarValues() {
    Random random = new Random(11);
    for (int trial = 0; trial < 40; trial++) {
      LongSet set = new LongSet(1 << 16);
      Set<Long> expected = new HashSet<>();
      long centre = trial % 4 == 0 ? Long.MIN_VALUE : trial % 4 == 1 ? Long.MAX_VALUE : random.nextLong();
      for (int i = 0; i < 20_000; i++) {
        long value = switch (random.nextInt(4)) {
          case 0 -> centre + random.nextInt(1000) - 500;
          case 1 -> centre + random.nextInt(1 << 20) - (1 << 19);
          case 2 -> random.nextLong();
          default -> random.nextBoolean() ? Long.MIN_VALUE + random.nextInt(3) : Long.MAX_VALUE - random.nextInt(3);
        };
        set.add(value);
        expected.add(value);
      }
      assertThat(set.size()).as("trial %d", trial).isEqualTo(expected.size());
    }
  }

  @Test
  void stopsAtTheCapWhereverTheValuesGo() {
    LongSet near = new LongSet(100);
    LongSet far = new LongSet(100);
    for (long v = 0; v < 1000; v++) {
      near.add(v);
      far.add(v * 1_000_003L);
    }
    assertThat(near.size()).isEqualTo(100);
    assertThat(far.size()).isEqualTo(100);
  }
}
