package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  /** No Unicode font on the machine: Helvetica alone, as on a bare system. */
  @Nested
  class HelveticaOnly {
    private final PDDocument pdf = new PDDocument();
    private final PdfText text = new PdfText(pdf, FontFiles.none());

    @AfterEach
    void close() throws IOException {
      text.close();
      pdf.close();
    }

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

  /** DejaVu Sans embedded, the font CI installs. */
  @Nested
  class WithDejaVu {
    private final PDDocument pdf = new PDDocument();
    private final PdfText text = new PdfText(pdf, TestFonts.dejaVuOnly());

    @AfterEach
    void close() throws IOException {
      text.close();
      pdf.close();
    }

    @Test
    void keepsGreekCyrillicAndCentralEuropeanLetters() {
      String names = "Ωmega Жук Łódź Žluťoučký kůň İğdır Ő ő";
      assertThat(text.safe(text.regular, names)).isEqualTo(names);
      assertThat(text.safe(text.bold, names)).isEqualTo(names);
    }

    @Test
    void stillReplacesWhatNoFontHas() {
      // DejaVu has no Chinese; with only DejaVu the fallback is the same as before.
      assertThat(text.safe(text.regular, "東京 Ω")).isEqualTo("?? Ω");
    }

    @Test
    void fitsGreekWithAnEllipsis() {
      String fitted = text.fit(text.bold, 10, "Ελληνικά ονόματα κλάσεων που δεν χωράνε", 90);
      assertThat(fitted).startsWith("Ελληνικά").endsWith("\u2026");
      assertThat(text.width(text.bold, 10, fitted)).isLessThanOrEqualTo(90);
    }

    @Test
    void measuresLikeTheEmbeddedFont() throws IOException {
      float width = text.width(text.regular, 10, "Жук");
      float direct = text.regular.fontFor('Ж').orElseThrow().getStringWidth("Жук") / 100f;
      assertThat(width).isPositive().isEqualTo(direct);
    }
  }
}
