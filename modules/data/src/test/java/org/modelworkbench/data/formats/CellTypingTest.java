package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnType;

/** Typing of mixed spreadsheet/JSON cells, Excel date formats, column letters and zip names. */
class CellTypingTest {
  private static TypedColumn.Resolved column(Object... cells) {
    TypedColumn c = new TypedColumn("c", true);
    for (Object cell : cells) {
      c.add(cell);
    }
    return c.resolve();
  }

  @Test
  void numbersAndNumberTextAgree() {
    assertThat(column(1L, "2", null).schema().type()).isEqualTo(ColumnType.INTEGER);
    assertThat(column(1L, "2,5").values()).containsExactly(1.0, 2.5);
    assertThat(column(1L, "n/a", "  ").values()).containsExactly(1L, null, null);
  }

  @Test
  void mixedKindsBecomeText() {
    TypedColumn.Resolved r = column(1.5, true, LocalDate.of(2024, 1, 2), "x");
    assertThat(r.schema().type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(r.values()).containsExactly("1.5", "true", "2024-01-02", "x");
  }

  @Test
  void datesWithTimestampsBecomeTimestamps() {
    assertThat(column(LocalDate.of(2024, 1, 2), LocalDateTime.of(2024, 1, 3, 4, 5)).values())
        .containsExactly(LocalDateTime.of(2024, 1, 2, 0, 0), LocalDateTime.of(2024, 1, 3, 4, 5));
    assertThat(column(LocalDate.of(2024, 1, 2), "31/12/2024").values())
        .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
  }

  @Test
  void wholeNumbersAreLongs() {
    assertThat(TypedColumn.number(new BigDecimal("3.000"))).isEqualTo(3L);
    assertThat(TypedColumn.number(new BigDecimal("1E+3"))).isEqualTo(1000L);
    assertThat(TypedColumn.number(new BigDecimal("2.5"))).isEqualTo(2.5);
    assertThat(TypedColumn.number(new BigDecimal("1E+30"))).isEqualTo(1e30);
  }

  @Test
  void excelDateFormats() {
    assertThat(ExcelDates.shows(14, null)).isEqualTo(ExcelDates.Shows.DATE);
    assertThat(ExcelDates.shows(22, null)).isEqualTo(ExcelDates.Shows.DATE_TIME);
    assertThat(ExcelDates.shows(2, null)).isEqualTo(ExcelDates.Shows.NUMBER);
    assertThat(ExcelDates.shows(164, "dd/mm/yyyy")).isEqualTo(ExcelDates.Shows.DATE);
    assertThat(ExcelDates.shows(165, "[$-407]d. mmmm yyyy hh:mm")).isEqualTo(ExcelDates.Shows.DATE_TIME);
    assertThat(ExcelDates.shows(166, "#,##0.00 \"days\"")).isEqualTo(ExcelDates.Shows.NUMBER);
    assertThat(ExcelDates.shows(167, "[Red]0.00;[Blue]-0.00")).isEqualTo(ExcelDates.Shows.NUMBER);
    assertThat(ExcelDates.toValue(new BigDecimal("45657"), false, ExcelDates.Shows.DATE))
        .isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(ExcelDates.toValue(new BigDecimal("45657.5"), false, ExcelDates.Shows.DATE_TIME))
        .isEqualTo(LocalDateTime.of(2024, 12, 31, 12, 0));
    assertThat(ExcelDates.toValue(new BigDecimal("1"), false, ExcelDates.Shows.DATE))
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(ExcelDates.toValue(new BigDecimal("0"), true, ExcelDates.Shows.DATE))
        .isEqualTo(LocalDate.of(1904, 1, 1));
  }

  @Test
  void columnLetters() {
    assertThat(ColumnLetters.of(0)).isEqualTo("A");
    assertThat(ColumnLetters.of(25)).isEqualTo("Z");
    assertThat(ColumnLetters.of(26)).isEqualTo("AA");
    assertThat(ColumnLetters.of(701)).isEqualTo("ZZ");
    assertThat(ColumnLetters.of(702)).isEqualTo("AAA");
  }

  @Test
  void zipEntryNames() {
    assertThat(ZipEntryNames.safeRelativePath("a/./b//c.png")).isEqualTo("a/b/c.png");
    assertThat(ZipEntryNames.safeRelativePath("a\\b.png")).isEqualTo("a/b.png");
    assertThat(ZipEntryNames.safeRelativePath("a/../../b")).isNull();
    assertThat(ZipEntryNames.safeRelativePath("\\\\server\\share")).isNull();
    assertThat(ZipEntryNames.safeRelativePath("d:x")).isNull();
    assertThat(ZipEntryNames.isJunk("__MACOSX/a/._b.png")).isTrue();
    assertThat(ZipEntryNames.isJunk("a/b.png")).isFalse();
  }
}
