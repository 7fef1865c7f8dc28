package org.modelworkbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One text style of a PDF (regular or bold) as an ordered list of fonts: each character is drawn
 * with the first font that has a glyph for it, so a line mixing Latin, Greek and Chinese switches
 * fonts mid-line. Text is measured and drawn in runs of characters sharing a font.
 *
 * <p>Embedded fonts are loaded only when a character reaches them, so a report in plain English
 * embeds one font and a big CJK font is read only for a report that shows CJK text. The last font,
 * a standard 14 font, needs no embedding and is used alone when the machine has no usable font.
 */
final class FontChain {
  /** A piece of text drawn with one font. */
  record Run(PDFont font, String text) {}

  private final List<Path> files;
  private final EmbeddedFonts embedded;
  private final PDFont lastResort;
  private final Map<Integer, Optional<PDFont>> byCodePoint = new HashMap<>();

  /**
   * Creates the chain.
   *
   * @param files embeddable font files, most preferred first
   * @param embedded loads those files into the document
   * @param lastResort the standard 14 font tried after all files
   */
  FontChain(List<Path> files, EmbeddedFonts embedded, PDFont lastResort) {
    this.files = List.copyOf(files);
    this.embedded = embedded;
    this.lastResort = lastResort;
  }

  /** Whether some font of the chain can draw the character. */
  boolean covers(int codePoint) {
    return fontFor(codePoint).isPresent();
  }

  /** The first font of the chain with a glyph for the character. */
  Optional<PDFont> fontFor(int codePoint) {
    return byCodePoint.computeIfAbsent(codePoint, this::firstWithGlyph);
  }

  /** The text cut into runs of one font each; every character must be {@link #covers covered}. */
  List<Run> runs(String safeText) {
    List<Run> runs = new ArrayList<>();
    PDFont current = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < safeText.length(); ) {
      int cp = safeText.codePointAt(i);
      PDFont font = fontFor(cp).orElseThrow(() -> new IllegalArgumentException(
          "No font for U+" + Integer.toHexString(cp) + "; make the text safe first"));
      if (font != current && run.length() > 0) {
        runs.add(new Run(current, run.toString()));
        run.setLength(0);
      }
      current = font;
      run.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (run.length() > 0) {
      runs.add(new Run(current, run.toString()));
    }
    return runs;
  }

  /** Width in points of covered text at that size. */
  float width(float size, String safeText) {
    float total = 0;
    for (Run run : runs(safeText)) {
      try {
        total += run.font().getStringWidth(run.text()) / 1000f * size;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not measure text in " + run.font().getName(), e);
      }
    }
    return total;
  }

  /**
   * Shows covered text inside an open text object, switching fonts between runs. Each run moves the
   * text position by its own width, so the runs line up without extra offsets.
   */
  void show(PDPageContentStream stream, float size, String safeText) throws IOException {
    for (Run run : runs(safeText)) {
      stream.setFont(run.font(), size);
      stream.showText(run.text());
    }
  }

  private Optional<PDFont> firstWithGlyph(int codePoint) {
    String character = new String(Character.toChars(codePoint));
    for (Path file : files) {
      Optional<PDFont> font = embedded.get(file).filter(f -> canEncode(f, character));
      if (font.isPresent()) {
        return font;
      }
    }
    return canEncode(lastResort, character) ? Optional.of(lastResort) : Optional.empty();
  }

  private static boolean canEncode(PDFont font, String character) {
    try {
      // Encoding fails for a character the font has no glyph or code for; it does not add the
      // character to the embedded subset (drawing does).
      font.encode(character);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
