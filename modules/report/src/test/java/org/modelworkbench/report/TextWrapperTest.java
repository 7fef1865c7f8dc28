package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
  /** One unit per character, to make widths obvious. */
  private static final ToDoubleFunction<String> CHARS = String::length;

  @Test
  void breaksAtSpaces() {
    assertThat(TextWrapper.wrap("the quick brown fox jumps", CHARS, 10))
        .containsExactly("the quick", "brown fox", "jumps");
  }

  @Test
  void splitsWordsLongerThanALine() {
    List<String> lines = TextWrapper.wrap("sha 9f86d081884c7d659a2f", CHARS, 8);
    assertThat(lines).containsExactly("sha", "9f86d081", "884c7d65", "9a2f");
  }

  @Test
  void alwaysProgressesAndReturnsALine() {
    assertThat(TextWrapper.wrap("abc", CHARS, 0.5)).containsExactly("a", "b", "c");
    assertThat(TextWrapper.wrap("", CHARS, 10)).containsExactly("");
    assertThat(TextWrapper.wrap("  spaced   out  ", CHARS, 40)).containsExactly("spaced out");
  }
}
