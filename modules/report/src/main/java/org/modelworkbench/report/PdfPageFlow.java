package org.modelworkbench.report;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A drawing surface that flows down A4 pages: it keeps the current page and a cursor (the y of the
 * next free line), starts a new page when asked or when content does not fit, and offers the few
 * drawing primitives the report needs. Coordinates are PDF points, origin bottom-left.
 */
final class PdfPageFlow implements AutoCloseable {
  /** Page size. */
  static final PDRectangle PAGE = PDRectangle.A4;
  /** Left and right margin (about 18 mm). */
  static final float MARGIN_X = 50f;
  /** Space above the content. */
  static final float MARGIN_TOP = 54f;
  /** Space below the content; the footer lives in it. */
  static final float MARGIN_BOTTOM = 62f;

  private final PDDocument document;
  private PDPageContentStream stream;
  private float y;

  /** Starts the first page of the document. */
  PdfPageFlow(PDDocument document) throws IOException {
    this.document = document;
    newPage();
  }

  /** Left edge of the content. */
  float left() {
    return MARGIN_X;
  }

  /** Width of the content. */
  float width() {
    return PAGE.getWidth() - 2 * MARGIN_X;
  }

  /** Height of an empty page's content area. */
  float pageHeight() {
    return PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
  }

  /** The cursor: the top of the free space. */
  float y() {
    return y;
  }

  /** Whether nothing has been placed on the current page yet. */
  boolean atTop() {
    return y >= top() - 0.01f;
  }

  /** Whether a block of that height fits below the cursor. */
  boolean fits(float height) {
    return y - height >= MARGIN_BOTTOM;
  }

  /** Starts a new page unless the block fits here or the page is still empty. */
  void ensure(float height) throws IOException {
    if (!fits(height) && !atTop()) {
      newPage();
    }
  }

  /** Moves the cursor down. */
  void down(float height) {
    y -= height;
  }

  /** Finishes the current page and starts an empty one. */
  void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = top();
  }

  /** Draws one line of text that is already safe for the font, at a baseline. */
  void text(String safeText, FontChain font, float size, float x, float baseline, Color color)
      throws IOException {
    if (safeText.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setNonStrokingColor(color);
    stream.newLineAtOffset(x, baseline);
    font.show(stream, size, safeText);
    stream.endText();
  }

  /** Fills a rectangle given by its lower-left corner. */
  void fill(float x, float bottom, float width, float height, Color color) throws IOException {
    stream.setNonStrokingColor(color);
    stream.addRect(x, bottom, width, height);
    stream.fill();
  }

  /** Draws a straight line. */
  void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
    stream.setStrokingColor(color);
    stream.setLineWidth(lineWidth);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  /** Draws an image into a rectangle given by its lower-left corner. */
  void image(PDImageXObject image, float x, float bottom, float width, float height) throws IOException {
    stream.drawImage(image, x, bottom, width, height);
  }

  /** Finishes the last page. */
  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  private static float top() {
    return PAGE.getHeight() - MARGIN_TOP;
  }
}
