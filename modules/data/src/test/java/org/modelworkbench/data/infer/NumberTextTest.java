package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "42", "-7", "+7", "007", "9223372036854775807", "-9223372036854775808"})
  void wholeNumbersThatFitInALong(String s) {
    assertThat(NumberText.isLong(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", "1.0", "1e3", "12a", "1 2", "9223372036854775808", "--1", "0x10"})
  void notWholeNumbers(String s) {
    assertThat(NumberText.isLong(s)).isFalse();
  }

  @Test
  void parsesSignedWholeNumbers() {
    assertThat(NumberText.parseLong("+15")).isEqualTo(15L);
    assertThat(NumberText.parseLong("-0015")).isEqualTo(-15L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.5", "-1.5", "+.5", "5.", "1e10", "1E-3", "-2.5e+4", "3.0"})
  void decimalsWithAPoint(String s) {
    assertThat(NumberText.isDecimal(s, '.')).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "-", "1,5", "1.2.3", "e5", "1e", "1e+", "1.5x", "Infinity", "NaN",
      "1d", "0x1p3", "1 000"})
  void notDecimalsWithAPoint(String s) {
    assertThat(NumberText.isDecimal(s, '.')).isFalse();
  }

  @Test
  void decimalCommaIsItsOwnSeparator() {
    assertThat(NumberText.isDecimal("1,5", ',')).isTrue();
    assertThat(NumberText.isDecimal("1.5", ',')).isFalse();
    assertThat(NumberText.parseDecimal("-1,25", ',')).isEqualTo(-1.25);
    assertThat(NumberText.parseDecimal("2.5e2", '.')).isEqualTo(250.0);
  }

  @Test
  void plainDecimalsParseExactlyAsParseDouble() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      int scale = random.nextInt(0, 10);
      String text = java.math.BigDecimal.valueOf(random.nextLong(-999_999_999_999_999L, 999_999_999_999_999L), scale)
          .toPlainString();
      assertThat(NumberText.parseDecimal(text, '.')).as(text).isEqualTo(Double.parseDouble(text));
      String comma = text.replace('.', ',');
      assertThat(NumberText.parseDecimal(comma, ',')).as(comma).isEqualTo(Double.parseDouble(text));
    }
    for (String text : new String[] {"-0.0", "0.1", "+.5", "5.", "0.3", "123456789012345.6", "1e3", "4.35"}) {
      assertThat(NumberText.parseDecimal(text, '.')).as(text).isEqualTo(Double.parseDouble(text));
    }
    assertThat(Double.doubleToRawLongBits(NumberText.parseDecimal("-0.0", '.')))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "42", "-7", "+7", "007", "-0", "123456789012345678", "-123456789012345678",
      "9223372036854775807", "-9223372036854775808", "9223372036854775808", "", "-", "+", "1.0", "12a", "--1"})
  void oneScanWholeNumbersAgreeWithCheckThenParse(String s) {
    Long expected = NumberText.isLong(s) ? NumberText.parseLong(s) : null;
    assertThat(NumberText.parseLongOrNull(s)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.5", "-1.5", "+.5", "5.", "-0", "-0.0", "1e10", "1E-3", "-2.5e+4", "3.0",
      "1234567890.123456", "0.1000000000000001", "", ".", "-", "1.2.3", "1,5", "e5", "12a"})
  void oneScanDecimalsAgreeWithCheckThenParse(String s) {
    for (char separator : new char[] {'.', ','}) {
      Double expected = NumberText.isDecimal(s, separator) ? NumberText.parseDecimal(s, separator) : null;
      Double actual = NumberText.parseDecimalOrNull(s, separator);
      assertThat(actual == null ? null : Double.doubleToRawLongBits(actual))
          .isEqualTo(expected == null ? null : Double.doubleToRawLongBits(expected));
    }
  }
}
