package org.modelworkbench.app.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.WorkbenchException;

/** Plain messages for errors, and the formats of numbers and durations. */
class ErrorTextTest {
  @Test
  void theServicesSentenceIsShownAsItIsEvenWhenWrapped() {
    WorkbenchException plain = new WorkbenchException("The target 'name' is categorical, not numeric.");
    assertThat(ErrorText.plainMessage(new RuntimeException("wrapper", plain))).isEqualTo(plain.getMessage());
  }

  @Test
  void fileErrorsSayWhatToCheck() {
    String text = ErrorText.plainMessage(new UncheckedIOException(new NoSuchFileException("/tmp/x.csv")));
    assertThat(text).contains("/tmp/x.csv").contains("Check that it exists");
  }

  @Test
  void unexpectedErrorsNameTheirKindAndPointToTheDetails() {
    assertThat(ErrorText.plainMessage(new NullPointerException())).startsWith("Something unexpected went wrong (NullPointerException)");
    assertThat(ErrorText.details(new IllegalStateException("x"))).contains("IllegalStateException: x").contains("at ");
  }

  @Test
  void numbersAndDurationsReadNaturally() {
    assertThat(Formats.number(0.966666)).isEqualTo("0.9667");
    assertThat(Formats.number(12.345)).isEqualTo("12.35");
    assertThat(Formats.number(12345.67)).isEqualTo("12,345.7");
    assertThat(Formats.number(null)).isEqualTo("–");
    assertThat(Formats.delta(0.02)).isEqualTo("+0.02");
    assertThat(Formats.delta(-0.5)).isEqualTo("-0.5");
    assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
    assertThat(Formats.duration(65_000)).isEqualTo("1 min 5 s");
    assertThat(Formats.duration(3_720_000)).isEqualTo("1 h 2 min");
    assertThat(Formats.percent(1.0 / 3)).isEqualTo("33.3%");
  }
}
