package org.modelworkbench.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Draws headline numbers as a row of shaded tiles: a small label above a large value. */
final class PdfTilesDrawer {
  private static final int PER_ROW = 4;
  private static final float GAP = 10f;
  private static final float HEIGHT = 52f;
  private static final float LABEL_SIZE = 8.5f;
  private static final float VALUE_SIZE = 19f;
  private static final float PAD = 10f;

  private final PdfText text;

  /** Creates a drawer using the document's fonts. */
  PdfTilesDrawer(PdfText text) {
    this.text = text;
  }

  /** Draws the tiles, at most four to a row. */
  void draw(PdfPageFlow flow, List<Block.Fact> tiles) throws IOException {
    for (int start = 0; start < tiles.size(); start += PER_ROW) {
      List<Block.Fact> row = tiles.subList(start, Math.min(tiles.size(), start + PER_ROW));
      flow.ensure(HEIGHT + GAP);
      // Tiles share the width of the first row; a shorter last row keeps that tile width.
      int slots = Math.max(row.size(), Math.min(PER_ROW, tiles.size()));
      float width = (flow.width() - GAP * (slots - 1)) / slots;
      float top = flow.y();
      for (int i = 0; i < row.size(); i++) {
        float x = flow.left() + i * (width + GAP);
        flow.fill(x, top - HEIGHT, width, HEIGHT, PdfStyle.ACCENT_SOFT);
        flow.fill(x, top - HEIGHT, 3f, HEIGHT, PdfStyle.ACCENT);
        String label = text.fit(text.bold, LABEL_SIZE, row.get(i).label().toUpperCase(Locale.ROOT),
            width - 2 * PAD);
        flow.text(label, text.bold, LABEL_SIZE, x + PAD, top - PAD - LABEL_SIZE * 0.75f, PdfStyle.MUTED);
        String value = text.safe(text.bold, row.get(i).value());
        float size = VALUE_SIZE;
        while (size > 9 && text.width(text.bold, size, value) > width - 2 * PAD) {
          size -= 1f;
        }
        flow.text(text.fit(text.bold, size, value, width - 2 * PAD), text.bold, size, x + PAD,
            top - HEIGHT + PAD + 1f, PdfStyle.ACCENT);
      }
      flow.down(HEIGHT + GAP);
    }
  }
}
