package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Value hashes and the table of distinct hashes. */
class HashingTest {
  @Test
  void equalValuesHashEquallyAndDifferentOnesDiffer() {
    assertThat(ValueHash.of("abc")).isEqualTo(ValueHash.of(new String("abc")));
    assertThat(ValueHash.of(0.0)).isEqualTo(ValueHash.of(-0.0));
    assertThat(ValueHash.of(LocalDate.of(2024, 1, 2))).isEqualTo(ValueHash.of(LocalDate.of(2024, 1, 2)));
    assertThat(ValueHash.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6)))
        .isNotEqualTo(ValueHash.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 7)));
    assertThat(ValueHash.of(null)).isNotEqualTo(ValueHash.of("")).isNotEqualTo(ValueHash.of(0L));
    assertThat(ValueHash.of(true)).isNotEqualTo(ValueHash.of(false));
    assertThat(ValueHash.of(1L)).isNotEqualTo(ValueHash.of(1.0));
    assertThat(ValueHash.of("ab")).isNotEqualTo(ValueHash.of("ba"));
  }

  @Test
  void rowHashesDependOnTheOrderOfValues() {
    long ab = ValueHash.combine(ValueHash.combine(1, ValueHash.of("a")), ValueHash.of("b"));
    long ba = ValueHash.combine(ValueHash.combine(1, ValueHash.of("b")), ValueHash.of("a"));
    assertThat(ab).isNotEqualTo(ba);
  }

  @Test
  void idTableGivesDenseIdsAndCountsAndGrows() {
    LongIdTable table = new LongIdTable(2);
    for (int round = 0; round < 3; round++) {
      for (long k = 0; k < 1_000; k++) {
        assertThat(table.add(ValueHash.mix(k * 7 + 1))).isEqualTo((int) k);
      }
    }
    assertThat(table.size()).isEqualTo(1_000);
    assertThat(table.count(0)).isEqualTo(3);
    assertThat(table.count(999)).isEqualTo(3);
    assertThat(table.find(ValueHash.mix(7 * 5 + 1))).isEqualTo(5);
    assertThat(table.find(12345L)).isEqualTo(-1);
    // Key 0 is an ordinary key.
    assertThat(table.add(0L)).isEqualTo(1_000);
    assertThat(table.find(0L)).isEqualTo(1_000);
  }
}
