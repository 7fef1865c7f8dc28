package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "NA", "na", " N/A ", "n/a", "NaN", "nan", "null", "NULL", "None",
      "none", "?", " ? "})
  void missingTokensAreMissing(String cell) {
    assertThat(MissingValues.isMissing(cell)).isTrue();
    assertThat(MissingValues.trimToNull(cell)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "NAN0", "N", "A", "Nonesuch", "nul", "??", "-", "n.a."})
  void otherTextIsAValue(String cell) {
    assertThat(MissingValues.isMissing(cell)).isFalse();
    assertThat(MissingValues.trimToNull(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"  red ", "\tred", "red\t "})
  void valuesAreTrimmed(String cell) {
    assertThat(MissingValues.trimToNull(cell)).isEqualTo("red");
  }
}
