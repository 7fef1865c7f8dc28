package org.modelworkbench.data.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  @Test
  void isoEpochDaysAgreeWithLocalDateOnEveryDayOfFourCenturiesAndOnImpossibleDays() {
    for (LocalDate d = LocalDate.of(1700, 1, 1); d.getYear() < 2101; d = d.plusDays(1)) {
      String text = "x" + d + "y";
      assertThat(DateText.isoEpochDay(text, 1, text.length() - 1)).as(d.toString()).isEqualTo(d.toEpochDay());
    }
    for (String s : new String[] {"0000-01-01", "0004-02-29", "9999-12-31", "2000-02-29"}) {
      assertThat(DateText.isoEpochDay(s, 0, s.length())).as(s).isEqualTo(DateText.parseIso(s).toEpochDay());
    }
    for (String s : new String[] {"1900-02-29", "2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10",
        "2021-01-00", "2021-01-32", "2021/01/01", "21-01-01", "2021-1-01", "abcd-01-01", "2021-01-0x"}) {
      assertThat(DateText.parseIso(s)).as(s).isNull();
      assertThat(DateText.isoEpochDay(s, 0, s.length())).as(s).isEqualTo(DateText.NOT_A_DATE);
    }
  }

  @Test
  void isoDates() {
    assertThat(DateText.parseIso("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(DateText.parseIso("1999-12-31")).isEqualTo(LocalDate.of(1999, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "24-01-05", "2024/01/05",
      "2024-01-05T10:00", "abcd-ef-gh"})
  void notIsoDates(String s) {
    assertThat(DateText.parseIso(s)).isNull();
  }

  @Test
  void dayFirstDatesWithSlashesOrDots() {
    assertThat(DateText.parseDayFirst("31/12/2020", '/')).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(DateText.parseDayFirst("1/2/2020", '/')).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(DateText.parseDayFirst("05.03.2021", '.')).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(DateText.parseDayFirst("12/31/2020", '/')).isNull();
    assertThat(DateText.parseDayFirst("31/12/20", '/')).isNull();
    assertThat(DateText.parseDayFirst("31.12.2020", '/')).isNull();
  }

  @Test
  void monthFirstDates() {
    assertThat(DateText.parseMonthFirst("12/31/2020", '/')).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(DateText.parseMonthFirst("2/1/2020", '/')).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(DateText.parseMonthFirst("31/12/2020", '/')).isNull();
  }

  @Test
  void impossibleDaysAreRejected() {
    assertThat(DateText.parseDayFirst("30/02/2021", '/')).isNull();
    assertThat(DateText.parseMonthFirst("02/30/2021", '/')).isNull();
    assertThat(DateText.parseDayFirst("00/01/2021", '/')).isNull();
  }
}
