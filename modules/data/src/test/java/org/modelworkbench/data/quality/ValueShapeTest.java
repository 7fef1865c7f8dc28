package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which text looks like a number, a date or other text. */
class ValueShapeTest {
  @ParameterizedTest
  @ValueSource(strings = {"12", "-3", "+4.5", "1,234.50", "12,5", "1 234", "1'000", "1e5", "-2.5E-3", " 7 "})
  void numbers(String text) {
    assertThat(ValueShape.of(text)).isEqualTo(ValueShape.NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-31", "31/01/2024", "1.2.2024", "2024-01-31 10:15", "2024-01-31T10:15:30.5"})
  void dates(String text) {
    assertThat(ValueShape.of(text)).isEqualTo(ValueShape.DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n/a", "", "-", "12 apples", "1e", "12-5", "2024-01", "31/01/24", "abc", "1.,", "2024-01-31 noon"})
  void text(String text) {
    assertThat(ValueShape.of(text)).isEqualTo(ValueShape.TEXT);
  }
}
