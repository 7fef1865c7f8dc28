package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts cut from lines come back equal to the cut, one instance per distinct text while it learns. */
class RangeInternerTest {
  @Test
  void givesOneInstancePerTextAndTheRightText() {
    RangeInterner interner = new RangeInterner();
    Random random = new Random(5);
    String[] words = new String[3000];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + Integer.toString(random.nextInt(1_000_000), 36) + (i % 7 == 0 ? "é" : "");
    }
    String[] first = new String[words.length];
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < words.length; i++) {
        String line = "x,," + words[i] + ",y";
        String got = interner.intern(line, 3, 3 + words[i].length());
        assertThat(got).isEqualTo(words[i]);
        if (first[i] == null) {
          first[i] = got;
        }
        assertThat(got).isSameAs(first[i]);
      }
    }
    assertThat(interner.intern("", 0, 0)).isEmpty();
  }

  @Test
  void stopsLearningAtItsLimitButStillCuts() {
    RangeInterner interner = new RangeInterner();
    for (int i = 0; i < RangeInterner.MAX_DISTINCT + 10; i++) {
      interner.intern("id-" + i, 0, ("id-" + i).length());
    }
    String late = "id-" + (RangeInterner.MAX_DISTINCT + 5);
    String a = interner.intern(late + ",", 0, late.length());
    String b = interner.intern(late + ",", 0, late.length());
    assertThat(a).isEqualTo(late).isEqualTo(b).isNotSameAs(b);
    assertThat(interner.intern("id-1", 0, 4)).isSameAs(interner.intern("id-1;", 0, 4));
  }
}
