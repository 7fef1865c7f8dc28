package org.modelworkbench.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Stamps every page with a footer: the report title on the left, "Page 3 of 7" on the right. It runs
 * after the content because the page count is only known then.
 */
final class PdfFooter {
  private static final float SIZE = 8f;
  private static final float RULE_Y = 40f;
  private static final float TEXT_Y = 28f;

  private PdfFooter() {}

  /** Adds the footer to all pages. */
  static void stamp(PDDocument document, PdfText text, String title) throws IOException {
    int pages = document.getNumberOfPages();
    float left = PdfPageFlow.MARGIN_X;
    float right = PdfPageFlow.PAGE.getWidth() - PdfPageFlow.MARGIN_X;
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      String number = "Page " + (i + 1) + " of " + pages;
      float numberWidth = text.width(text.regular, SIZE, number);
      String label = text.fit(text.regular, SIZE, "Model Workbench \u00B7 " + title,
          right - left - numberWidth - 24);
      try (PDPageContentStream out =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        out.setStrokingColor(PdfStyle.RULE);
        out.setLineWidth(0.6f);
        out.moveTo(left, RULE_Y);
        out.lineTo(right, RULE_Y);
        out.stroke();
        out.beginText();
        out.setNonStrokingColor(PdfStyle.MUTED);
        out.newLineAtOffset(left, TEXT_Y);
        text.regular.show(out, SIZE, label);
        out.newLineAtOffset(right - left - numberWidth, 0);
        text.regular.show(out, SIZE, number);
        out.endText();
      }
    }
  }
}
