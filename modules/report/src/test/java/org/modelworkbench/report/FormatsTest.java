package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void percentagesHaveOneDecimalAndASpace() {
    assertThat(Formats.percent(0.9737)).isEqualTo("97.4 %");
    assertThat(Formats.percent(1.0)).isEqualTo("100.0 %");
    assertThat(Formats.percent(0.00049)).isEqualTo("0.0 %");
    assertThat(Formats.percent(Double.NaN)).isEqualTo("n/a");
    assertThat(Formats.percentOf(1, 8)).isEqualTo("12.5 %");
    assertThat(Formats.percentOf(3, 0)).isEqualTo("n/a");
  }

  @Test
  void countsGetThousandsSeparatorsWhateverTheMachineLocale() {
    assertThat(Formats.count(0)).isEqualTo("0");
    assertThat(Formats.count(1_234_567)).isEqualTo("1,234,567");
  }

  @Test
  void lossesHaveFourDecimals() {
    assertThat(Formats.loss(0.28714)).isEqualTo("0.2871");
    assertThat(Formats.loss(1.5)).isEqualTo("1.5000");
    assertThat(Formats.loss(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
  }

  @Test
  void measuredNumbersKeepAboutFourSignificantDigits() {
    assertThat(Formats.decimal(72)).isEqualTo("72");
    assertThat(Formats.decimal(312_480.5)).isEqualTo("312,481");
    assertThat(Formats.decimal(1_234.56)).isEqualTo("1,234.6");
    assertThat(Formats.decimal(64.7617)).isEqualTo("64.76");
    assertThat(Formats.decimal(4.21)).isEqualTo("4.21");
    assertThat(Formats.decimal(3.14159)).isEqualTo("3.142");
    assertThat(Formats.decimal(0.012346)).isEqualTo("0.01235");
    assertThat(Formats.decimal(0.1234)).isEqualTo("0.1234");
    assertThat(Formats.decimal(-0.5)).isEqualTo("-0.5");
    assertThat(Formats.decimal(0.0000123)).isEqualTo("1.23E-5");
    assertThat(Formats.decimal(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void datesReadNaturallyAndNeverBreakOverTwoLines() {
    assertThat(Formats.dateTime(Instant.parse("2025-03-14T09:26:00Z"), ZoneId.of("UTC")))
        .isEqualTo("2025-03-14\u00A009:26\u00A0UTC");
    assertThat(Formats.epochDay(LocalDate.of(2024, 2, 29).toEpochDay())).isEqualTo("2024-02-29");
    assertThat(Formats.epochSecond(0)).isEqualTo("1970-01-01 00:00");
  }

  @Test
  void sizesAndMissingText() {
    assertThat(Formats.bytes(512)).isEqualTo("512 B");
    assertThat(Formats.bytes(8L * 1024 * 1024 * 1024)).isEqualTo("8.0 GB");
    assertThat(Formats.text(null)).isEqualTo(Formats.NONE);
    assertThat(Formats.text("  ")).isEqualTo(Formats.NONE);
    assertThat(Formats.capitalized("CANCELLED")).isEqualTo("Cancelled");
  }
}
