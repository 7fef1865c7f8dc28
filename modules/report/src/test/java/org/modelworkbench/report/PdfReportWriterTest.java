package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {
  @TempDir
  Path dir;

  @Test
  void threeClassReportHasPagesTextAndCharts() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.threeClasses())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      String text = text(pdf);
      assertThat(text).contains("Plan model, run 42", "Summary", "Dataset", "Settings", "Training",
          "Test metrics", "customer_plans", "88.6 %", "0.9412", "0.2871", "basic", "standard",
          "premium", "Per-class metrics", "Learning rate", "9f86d081884c7d659a2f");
      assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages());
      // Class balance, loss curve, accuracy curve, confusion matrix.
      assertThat(images(pdf)).isEqualTo(4);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan model, run 42");
    }
  }

  @Test
  void theFirstPageHoldsTheHeadlineNumbersAndTheTestResultsAndIsFilled() throws IOException {
    for (ReportContent content : List.of(ReportFixtures.threeClasses(), ReportFixtures.binary(),
        ReportFixtures.manyClasses(10), ReportFixtures.regression())) {
      try (PDDocument pdf = write(content)) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        String first = stripper.getText(pdf);
        assertThat(first).as(content.title()).contains("Summary", "Test metrics")
            .containsAnyOf("ACCURACY", "RMSE");
        if (content.testMetrics() instanceof org.modelworkbench.model.ClassificationMetrics) {
          assertThat(first).as(content.title()).containsAnyOf("Confusion matrix", "Per-class metrics");
        }
        // Something (text, a table or a chart) is drawn in the bottom quarter of the content area.
        java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 36);
        int bottom = page.getHeight() - Math.round(PdfPageFlow.MARGIN_BOTTOM * 36 / 72f);
        assertThat((double) lowestInk(page, bottom) / bottom).as(content.title()).isGreaterThan(0.75);
      }
    }
  }

  private static int lowestInk(java.awt.image.BufferedImage image, int bottom) {
    for (int y = bottom - 1; y >= 0; y--) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF)) < 200) {
          return y;
        }
      }
    }
    return 0;
  }

  @Test
  void sectionsAppearInOrder() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.binary())) {
      String text = text(pdf);
      int summary = text.indexOf("Summary");
      int test = text.indexOf("\nTest metrics\n");
      int training = text.indexOf("\nTraining\n");
      int dataset = text.indexOf("\nDataset\n");
      int settings = text.indexOf("\nSettings\n");
      assertThat(summary).isPositive();
      assertThat(test).isGreaterThan(summary);
      assertThat(training).isGreaterThan(test);
      assertThat(dataset).isGreaterThan(training);
      assertThat(settings).isGreaterThan(dataset);
    }
  }

  @Test
  void nonLatinAndHostileNamesDoNotBreakThePdf() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.hostile())) {
      String text = text(pdf);
      assertThat(text).contains(ReportFixtures.HOSTILE, ReportFixtures.AMPERSAND_QUOTES, "Ünïcødé");
      // Printed as written where a CJK font is installed; otherwise replaced, not dropped and not fatal.
      assertThat(text).contains(TestFonts.systemFontsShow("中文") ? "中文" : "??");
      assertThat(images(pdf)).isEqualTo(4);
    }
  }

  @Test
  void greekCyrillicAndPolishClassNamesArePrintedAsWritten() throws IOException {
    TestFonts.assumeSystemFontsShow(String.join("", ReportFixtures.WORLD_LABELS) + "«»—κατηγορίαśćźż");
    try (PDDocument pdf = write(ReportFixtures.world())) {
      String text = text(pdf);
      assertThat(text).contains(ReportFixtures.WORLD_LABELS)
          .contains("zbiór_danych_Łódź", "κατηγορία", "город", "Модель «Жук»");
      assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Модель «Жук»");
    }
  }

  @Test
  void aChineseClassNameDoesNotBreakTheReport() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.world())) {
      String text = text(pdf);
      assertThat(text).contains(TestFonts.systemFontsShow(ReportFixtures.TOKYO) ? ReportFixtures.TOKYO : "??");
      assertThat(text).contains("Per-class metrics", "Confusion matrix");
      assertThat(images(pdf)).isEqualTo(4);
    }
  }

  @Test
  void unicodeTextStaysInsideThePageMargins() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.world())) {
      float[] extent = {Float.MAX_VALUE, 0};
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
          for (TextPosition p : positions) {
            extent[0] = Math.min(extent[0], p.getXDirAdj());
            extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
          }
          super.writeString(string, positions);
        }
      };
      stripper.getText(pdf);
      float pageWidth = PDRectangle.A4.getWidth();
      // Half a point of slack for rounding in the text extraction.
      assertThat(extent[0]).isGreaterThanOrEqualTo(PdfPageFlow.MARGIN_X - 0.5f);
      assertThat(extent[1]).isLessThanOrEqualTo(pageWidth - PdfPageFlow.MARGIN_X + 0.5f);
      // The long Polish column name wrapped inside its cell instead of running off the page.
      assertThat(text(pdf)).contains("średnia_", "ąęśćźż");
    }
  }

  @Test
  void regressionReportShowsErrors() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.regression())) {
      String text = text(pdf);
      assertThat(text).contains("house_prices", "RMSE", "23,457", "MAE", "15,201", "R²", "0.8734",
          "Validation RMSE per epoch").doesNotContain("Confusion matrix");
      assertThat(images(pdf)).isEqualTo(2);
    }
  }

  @Test
  void cancelledRunSaysThereAreNoTestMetrics() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.cancelled())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = text(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("the run was cancelled before the model was tested", "Cancelled");
      assertThat(images(pdf)).isEqualTo(3);
    }
  }

  @Test
  void longTablesContinueOnTheNextPageWithTheirHeader() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.manyColumns(150))) {
      PDFTextStripper stripper = new PDFTextStripper();
      int pagesWithColumnHeader = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        if (text.contains("Distinct") && text.contains("sensor_reading_")) {
          pagesWithColumnHeader++;
        }
      }
      assertThat(pagesWithColumnHeader).isGreaterThanOrEqualTo(3);
      assertThat(text(pdf)).contains("sensor_reading_1 ", "sensor_reading_150 ");
    }
  }

  @Test
  void manyClassesStayReadable() throws IOException {
    try (PDDocument pdf = write(ReportFixtures.manyClasses(40))) {
      String text = text(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("With 40 classes the matrix is too wide to print as a table",
          "The chart shows the 25 largest of 40 classes", "category_40");
      assertThat(images(pdf)).isEqualTo(4);
    }
  }

  private PDDocument write(ReportContent content) throws IOException {
    Path out = dir.resolve("report.pdf");
    new PdfReportWriter().write(content, out);
    return Loader.loadPDF(out.toFile());
  }

  private static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf);
  }

  private static int images(PDDocument pdf) throws IOException {
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          count++;
        }
      }
    }
    return count;
  }
}
