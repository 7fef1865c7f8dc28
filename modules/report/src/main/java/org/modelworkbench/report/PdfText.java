package org.modelworkbench.report;

import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF's fonts, and text made safe for them.
 *
 * <p>Class, column and dataset names come in any script, so the report embeds Unicode TrueType
 * fonts found on the machine (see {@link FontFiles}): Liberation Sans or Arial, then DejaVu Sans,
 * Noto Sans or Segoe UI, then a CJK font such as Droid Sans Fallback, WenQuanYi or Microsoft YaHei.
 * Each character is drawn with the first of them that has it ({@link FontChain}), and only the
 * glyphs used are embedded. Helvetica, from the PDF standard 14 fonts, comes last: with no usable
 * font installed the report still works, limited to Western European text (Windows-1252).
 *
 * <p>A character no font can show would make PDFBox throw, so {@link #safe} replaces it first: with
 * its unaccented base letter where one exists ("ő" becomes "o"), otherwise with "?". The HTML report
 * always shows text as it is. Close this after the document has been saved.
 */
final class PdfText implements Closeable {
  /** Printed for a character no font can show. */
  static final String REPLACEMENT = "?";

  /** Body text. */
  final FontChain regular;
  /** Headings, labels and table headers. */
  final FontChain bold;

  private final EmbeddedFonts embedded;

  /** Fonts of this machine for that document. */
  PdfText(PDDocument document) {
    this(document, FontFiles.ofThisSystem());
  }

  /** The given font files for that document. */
  PdfText(PDDocument document, FontFiles files) {
    embedded = new EmbeddedFonts(document);
    regular = new FontChain(files.regular(), embedded,
        new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    bold = new FontChain(files.bold(), embedded,
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
  }

  /**
   * The text with every character no font can show replaced, and line breaks, tabs and other
   * control characters turned into spaces. Null becomes the empty string.
   */
  String safe(FontChain font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
        out.append(' ');
      } else if (font.covers(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(fallback(font, cp));
      }
    });
    return out.toString();
  }

  /** Width in points of text already made {@link #safe} for the font. */
  float width(FontChain font, float size, String safeText) {
    return font.width(size, safeText);
  }

  /** Safe text cut with an ellipsis so that it fits the width. */
  String fit(FontChain font, float size, String text, float maxWidth) {
    String safe = safe(font, text);
    if (width(font, size, safe) <= maxWidth) {
      return safe;
    }
    String ellipsis = "\u2026";
    int end = safe.length();
    while (end > 0 && width(font, size, safe.substring(0, end) + ellipsis) > maxWidth) {
      end = safe.offsetByCodePoints(end, -1); // never cut a character outside the BMP in half
    }
    return safe.substring(0, end).stripTrailing() + ellipsis;
  }

  /** Releases the font files the document read from; call after saving. */
  @Override
  public void close() throws IOException {
    embedded.close();
  }

  private static String fallback(FontChain font, int cp) {
    // Decomposition splits "ő" into "o" and a combining accent; keep the base letters if printable.
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder base = new StringBuilder();
    decomposed.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(base::appendCodePoint);
    boolean usable = base.length() > 0 && base.codePoints().allMatch(font::covers);
    return usable ? base.toString() : REPLACEMENT;
  }
}
