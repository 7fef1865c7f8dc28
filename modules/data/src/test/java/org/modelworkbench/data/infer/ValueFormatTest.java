package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnType;

class ValueFormatTest {

  @Test
  void parsesToTheJavaTypeOfItsColumnType() {
    assertThat(ValueFormat.INTEGER.parse("-12")).isEqualTo(-12L);
    assertThat(ValueFormat.DECIMAL.parse("2.5")).isEqualTo(2.5);
    assertThat(ValueFormat.DECIMAL.parse("3")).isEqualTo(3.0);
    assertThat(ValueFormat.DECIMAL_COMMA.parse("2,5")).isEqualTo(2.5);
    assertThat(ValueFormat.BOOLEAN.parse("True")).isEqualTo(true);
    assertThat(ValueFormat.DATE_ISO.parse("2020-01-02")).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(ValueFormat.DATE_DAY_MONTH_YEAR_SLASH.parse("01/02/2020")).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(ValueFormat.DATE_DAY_MONTH_YEAR_DOT.parse("01.02.2020")).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(ValueFormat.DATE_MONTH_DAY_YEAR_SLASH.parse("01/02/2020")).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(ValueFormat.TIMESTAMP.parse("2020-01-02 03:04")).isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4));
    assertThat(ValueFormat.TEXT.parse("anything")).isEqualTo("anything");
  }

  @Test
  void columnTypes() {
    assertThat(ValueFormat.DECIMAL_COMMA.columnType()).isEqualTo(ColumnType.DECIMAL);
    assertThat(ValueFormat.DATE_MONTH_DAY_YEAR_SLASH.columnType()).isEqualTo(ColumnType.DATE);
    assertThat(ValueFormat.TEXT.columnType()).isEqualTo(ColumnType.CATEGORICAL);
  }

  @Test
  void rejectsCellsThatDoNotFit() {
    assertThat(ValueFormat.INTEGER.accepts("1.5")).isFalse();
    assertThatThrownBy(() -> ValueFormat.INTEGER.parse("1.5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValueFormat.BOOLEAN.parse("1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
