package org.modelworkbench.store.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowIndexesTest {
  @Test
  void indexesRoundTripInFourBytesEach() {
    int[] indexes = {0, 1, 255, 65_536, Integer.MAX_VALUE};

    byte[] packed = RowIndexes.pack(indexes);

    assertThat(packed).hasSize(20);
    assertThat(RowIndexes.unpack(packed)).containsExactly(indexes);
    assertThat(RowIndexes.unpack(RowIndexes.pack(null))).isEmpty();
    assertThatThrownBy(() -> RowIndexes.unpack(new byte[3])).isInstanceOf(IllegalArgumentException.class);
  }
}
