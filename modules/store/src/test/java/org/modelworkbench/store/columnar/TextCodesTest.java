package org.modelworkbench.store.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dictionary's code map answers as a HashMap would, for shared and for fresh instances. */
class TextCodesTest {
  @Test
  void findsEveryTextByIdentityOrByValue() {
    TextCodes codes = new TextCodes();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      String text = "t" + random.nextInt(20_000);
      int known = codes.get(text);
      Integer want = expected.get(text);
      assertThat(known).isEqualTo(want == null ? -1 : want);
      if (want == null) {
        codes.put(text, expected.size());
        expected.put(text, expected.size());
      }
      assertThat(codes.get(new String(text.toCharArray()))).isEqualTo(expected.get(text));
    }
    assertThat(codes.size()).isEqualTo(expected.size());
    assertThat(codes.get("")).isEqualTo(-1);
  }
}
