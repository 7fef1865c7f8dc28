package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {
  private final PdfText text = new PdfText();

  @Test
  void keepsWesternEuropeanText() {
    assertThat(text.safe(text.regular, "Ünïcødé – “quoted” €5 R²")).isEqualTo("Ünïcødé – “quoted” €5 R²");
  }

  @Test
  void replacesWhatHelveticaCannotShowInsteadOfFailing() {
    assertThat(text.safe(text.regular, "中文")).isEqualTo("??");
    assertThat(text.safe(text.bold, "Łódź Ő")).isEqualTo("?ódz O");
    assertThat(text.safe(text.regular, "smile \uD83D\uDE00")).isEqualTo("smile ?");
  }

  @Test
  void turnsControlCharactersIntoSpaces() {
    assertThat(text.safe(text.regular, "line one\nline two\tend\u0000")).isEqualTo("line one line two end ");
    assertThat(text.safe(text.regular, null)).isEmpty();
  }

  @Test
  void fitCutsWithAnEllipsis() {
    String fitted = text.fit(text.regular, 10, "a rather long report title that will not fit", 80);
    assertThat(fitted).endsWith("\u2026");
    assertThat(text.width(text.regular, 10, fitted)).isLessThanOrEqualTo(80);
    assertThat(text.fit(text.regular, 10, "short", 80)).isEqualTo("short");
  }
}
