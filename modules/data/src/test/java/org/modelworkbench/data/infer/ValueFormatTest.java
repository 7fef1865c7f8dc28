package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnBatch;
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
  void parsingIntoABatchGivesWhatParsingGivesAndRefusesWhatItRefuses() {
    String[] cells = {"0", "-12", "+7", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "123456789012345678", "2.5", "-0.125", "1e3", "1.5E-2", ".5", "5.", "2,5", "-1,25", "1.2.3", "abc", "-",
        "+", "e5", "1e", "True", "no", "2020-01-02", "2020-02-30", "01/02/2020", "01.02.2020", "2020-01-02 03:04",
        "2020-01-02T03:04:05.123456789", "12345678901234567890.5", "0.1000000000000000055511151231257827"};
    for (ValueFormat format : ValueFormat.values()) {
      for (String cell : cells) {
        ColumnBatch batch = new ColumnBatch(List.of(format.columnType()), 1);
        Object expected = format.tryParse(cell);
        boolean stored = format.parseInto(cell, batch, 0, 0);
        assertThat(stored).as("%s %s", format, cell).isEqualTo(expected != null);
        if (stored) {
          batch.endRow();
          assertThat(batch.value(0, 0)).as("%s %s", format, cell).isEqualTo(expected);
        }
      }
    }
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
