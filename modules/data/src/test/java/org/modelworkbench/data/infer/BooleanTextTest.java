package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "True"})
  void trueWords(String s) {
    assertThat(BooleanText.parse(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "FALSE", "False"})
  void falseWords(String s) {
    assertThat(BooleanText.parse(s)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "t", "f", "yes", "no", "y", "N", "nope", "on", "off", ""})
  void otherTextIsNotBoolean(String s) {
    assertThat(BooleanText.parse(s)).isNull();
  }
}
