package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

  @Test
  void everyShortTextIsMissingExactlyWhenItEqualsATokenIgnoringCase() {
    char[] alphabet = {'n', 'N', 'a', 'A', '/', 'u', 'U', 'l', 'L', 'o', 'O', 'e', 'E', '?', 'x', '.', '\u00f1',
        '\u0131', '\u212a', '\u017f', 'N' + 0x80};
    String[] tokens = {"NA", "N/A", "NaN", "null", "None"};
    int checked = 0;
    for (int length = 1; length <= 4; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder text = new StringBuilder();
        for (int d : digits) {
          text.append(alphabet[d]);
        }
        String cell = "<" + text + ">";
        boolean expected = text.toString().equals("?")
            || java.util.Arrays.stream(tokens).anyMatch(t -> t.equalsIgnoreCase(text.toString()));
        assertThat(MissingValues.isMissingToken(cell, 1, cell.length() - 1)).as(cell).isEqualTo(expected);
        checked++;
        int k = length - 1;
        while (k >= 0 && ++digits[k] == alphabet.length) {
          digits[k--] = 0;
        }
        if (k < 0) {
          break;
        }
      }
    }
    assertThat(checked).isGreaterThan(200_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"  red ", "\tred", "red\t "})
  void valuesAreTrimmed(String cell) {
    assertThat(MissingValues.trimToNull(cell)).isEqualTo("red");
  }
}
