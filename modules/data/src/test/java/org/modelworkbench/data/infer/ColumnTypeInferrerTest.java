package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTypeInferrerTest {

  private static ValueFormat infer(boolean decimalComma, String... values) {
    ColumnTypeInferrer inferrer = new ColumnTypeInferrer(decimalComma);
    for (String v : values) {
      inferrer.accept(v);
    }
    return inferrer.result();
  }

  private static ValueFormat infer(String... values) {
    return infer(false, values);
  }

  @Test
  void wholeNumbers() {
    assertThat(infer("1", "-2", "+30", "0")).isEqualTo(ValueFormat.INTEGER);
  }

  @Test
  void zeroAndOneStayWholeNumbers() {
    assertThat(infer("0", "1", "1", "0")).isEqualTo(ValueFormat.INTEGER);
  }

  @Test
  void aSingleDecimalMakesTheColumnDecimal() {
    assertThat(infer("1", "2", "2.5")).isEqualTo(ValueFormat.DECIMAL);
    assertThat(infer("1e3", "4")).isEqualTo(ValueFormat.DECIMAL);
  }

  @Test
  void wholeNumbersTooBigForALongAreDecimal() {
    assertThat(infer("1", "99999999999999999999")).isEqualTo(ValueFormat.DECIMAL);
  }

  @Test
  void decimalCommaOnlyWhenAllowed() {
    assertThat(infer(true, "1,5", "2", "-0,25")).isEqualTo(ValueFormat.DECIMAL_COMMA);
    assertThat(infer(false, "1,5", "2")).isEqualTo(ValueFormat.TEXT);
    assertThat(infer(true, "1,5", "2.5")).isEqualTo(ValueFormat.TEXT);
    assertThat(infer(true, "1.5", "2")).isEqualTo(ValueFormat.DECIMAL);
  }

  @Test
  void trueFalseWordsAreBooleanButYesNoStaysText() {
    assertThat(infer("True", "false", "TRUE")).isEqualTo(ValueFormat.BOOLEAN);
    assertThat(infer("yes", "No", "y", "N")).isEqualTo(ValueFormat.TEXT);
  }

  @Test
  void isoDatesArePreferred() {
    assertThat(infer("2020-01-31", "2021-12-01")).isEqualTo(ValueFormat.DATE_ISO);
  }

  @Test
  void ambiguousSlashDatesAreDayFirst() {
    assertThat(infer("01/02/2020", "03/04/2020")).isEqualTo(ValueFormat.DATE_DAY_MONTH_YEAR_SLASH);
  }

  @Test
  void monthFirstWhenADayAboveTwelveComesSecond() {
    assertThat(infer("01/02/2020", "12/31/2020")).isEqualTo(ValueFormat.DATE_MONTH_DAY_YEAR_SLASH);
  }

  @Test
  void dayFirstWhenADayAboveTwelveComesFirst() {
    assertThat(infer("01/02/2020", "31/12/2020")).isEqualTo(ValueFormat.DATE_DAY_MONTH_YEAR_SLASH);
  }

  @Test
  void dotDates() {
    assertThat(infer("24.12.2020", "1.1.2021")).isEqualTo(ValueFormat.DATE_DAY_MONTH_YEAR_DOT);
  }

  @Test
  void slashDatesThatFitNoSingleOrderAreText() {
    assertThat(infer("31/12/2020", "12/31/2020")).isEqualTo(ValueFormat.TEXT);
  }

  @Test
  void timestamps() {
    assertThat(infer("2020-01-01T10:00", "2020-01-02 11:30:15")).isEqualTo(ValueFormat.TIMESTAMP);
  }

  @Test
  void datesMixedWithTimestampsAreText() {
    assertThat(infer("2020-01-01", "2020-01-02 11:30")).isEqualTo(ValueFormat.TEXT);
  }

  @Test
  void mixedColumnsAreText() {
    assertThat(infer("1", "2", "three")).isEqualTo(ValueFormat.TEXT);
    assertThat(infer("yes", "1")).isEqualTo(ValueFormat.TEXT);
    assertThat(infer("2020-01-01", "5")).isEqualTo(ValueFormat.TEXT);
  }

  @Test
  void aColumnWithoutValuesIsText() {
    ColumnTypeInferrer inferrer = new ColumnTypeInferrer(true);
    assertThat(inferrer.result()).isEqualTo(ValueFormat.TEXT);
    assertThat(inferrer.valueCount()).isZero();
  }

  @Test
  void textStaysTextWhateverFollows() {
    assertThat(infer("red", "1", "2", "3")).isEqualTo(ValueFormat.TEXT);
  }
}
