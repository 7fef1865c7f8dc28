package org.modelworkbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF's fonts, and text made safe for them.
 *
 * <p>The report uses Helvetica from the PDF standard 14 fonts: every PDF reader on every system has
 * it, nothing has to be shipped or embedded, and it covers Western European text (the Windows-1252
 * set). A character outside that set would make PDFBox throw, so {@link #safe} replaces it first:
 * with its unaccented base letter where one exists ("ő" becomes "o"), otherwise with "?". A
 * Chinese class name therefore prints as question marks in the PDF but never stops the report; the
 * HTML report shows it as it is.
 */
final class PdfText {
  /** Printed for a character the font cannot show. */
  static final String REPLACEMENT = "?";

  /** Body text. */
  final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  /** Headings, labels and table headers. */
  final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final Map<PDFont, Map<Integer, Boolean>> encodable = new IdentityHashMap<>();

  /**
   * The text with every character the font cannot encode replaced, and line breaks, tabs and other
   * control characters turned into spaces. Null becomes the empty string.
   */
  String safe(PDFont font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
        out.append(' ');
      } else if (canEncode(font, cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(fallback(font, cp));
      }
    });
    return out.toString();
  }

  /** Width in points of text already made {@link #safe} for the font. */
  float width(PDFont font, float size, String safeText) {
    try {
      return font.getStringWidth(safeText) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not measure text in " + font.getName(), e);
    }
  }

  /** Safe text cut with an ellipsis so that it fits the width. */
  String fit(PDFont font, float size, String text, float maxWidth) {
    String safe = safe(font, text);
    if (width(font, size, safe) <= maxWidth) {
      return safe;
    }
    String ellipsis = "\u2026";
    int end = safe.length();
    while (end > 0 && width(font, size, safe.substring(0, end) + ellipsis) > maxWidth) {
      end--;
    }
    return safe.substring(0, end).stripTrailing() + ellipsis;
  }

  private String fallback(PDFont font, int cp) {
    // Decomposition splits "ő" into "o" and a combining accent; keep the base letters if printable.
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder base = new StringBuilder();
    decomposed.codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(base::appendCodePoint);
    boolean usable = base.length() > 0 && base.codePoints().allMatch(c -> canEncode(font, c));
    return usable ? base.toString() : REPLACEMENT;
  }

  private boolean canEncode(PDFont font, int cp) {
    return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
      try {
        font.encode(new String(Character.toChars(c)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    });
  }
}
