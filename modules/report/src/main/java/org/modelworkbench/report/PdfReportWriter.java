package org.modelworkbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.modelworkbench.model.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run report as an A4 PDF with PDFBox.
 *
 * <p>Text is set in Unicode fonts found on the machine (Liberation Sans, Arial, DejaVu Sans, a CJK
 * font, ...), embedded as subsets, so Greek, Cyrillic, Polish or Chinese class names print as
 * written; see {@link PdfText}. A character none of them has is replaced by its unaccented letter or
 * "?" instead of failing, and with no usable font at all the report falls back to Helvetica and
 * Western European text; the HTML report always keeps the text as it is. Text wraps, long tables continue on the next page under a repeated header, charts are
 * embedded as images, and every page has a numbered footer. Times are shown in the machine's time
 * zone.
 */
public final class PdfReportWriter {
  private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);

  /** Creates a writer; it holds no state and may be reused. */
  public PdfReportWriter() {}

  /**
   * Writes the report, replacing any file already at {@code out}.
   *
   * @param content what the report shows
   * @param out the PDF file to write; missing parent folders are created
   * @throws WorkbenchException when the PDF cannot be made or written
   */
  public void write(ReportContent content, Path out) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(out, "out");
    ReportDocument document = new ReportAssembler(ZoneId.systemDefault()).assemble(content);
    // The fonts are closed before the document, after saving: the subsets are written on save.
    try (PDDocument pdf = new PDDocument(); PdfText text = new PdfText(pdf)) {
      new PdfRenderer(text).render(document, content.generatedAt(), pdf);
      ReportFiles.write(out, pdf::save);
      LOG.info("Wrote PDF report {} ({} pages)", out, pdf.getNumberOfPages());
    } catch (IOException e) {
      throw new WorkbenchException("Could not create the PDF report: " + e.getMessage(), e);
    }
  }
}
