package org.modelworkbench.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws tables that wrap text inside cells and continue on the next page, repeating the header row
 * there. Fact lists (label and value) are drawn as headerless two-column tables.
 */
final class PdfTableDrawer {
  private static final float PAD_X = 5f;
  private static final float PAD_Y = 3.5f;
  /** Share of the width given to fact labels in a single list. */
  private static final float FACT_LABEL_SHARE = 0.30f;
  /** Most of each half that labels may take when facts are laid out in two halves. */
  private static final float PAIRED_LABEL_SHARE = 0.48f;
  /** Most lines a value may wrap to in two halves. */
  private static final int PAIRED_VALUE_LINES = 2;
  /** Space between the two halves of a paired fact list. */
  private static final float PAIR_GAP = 16f;
  /** From this many facts on, short ones are laid out in two halves to save paper. */
  private static final int PAIR_FROM = 6;
  /** Above this many columns the font shrinks so a wide confusion matrix still fits. */
  private static final int COMFORTABLE_COLUMNS = 7;

  private final PdfText text;

  /** Creates a drawer using the document's fonts. */
  PdfTableDrawer(PdfText text) {
    this.text = text;
  }

  /** Draws a table with a header row. */
  void table(PdfPageFlow flow, Block.Table table) throws IOException {
    int n = table.columns().size();
    float size = Math.max(6.5f, PdfStyle.TABLE - Math.max(0, n - COMFORTABLE_COLUMNS) * 0.45f);
    Row header = new Row(new ArrayList<>(), new boolean[n], true);
    for (int i = 0; i < n; i++) {
      Block.Column column = table.columns().get(i);
      header.cells().add(text.safe(text.bold, column.header()));
      header.rightAligned()[i] = column.numeric();
    }
    List<Row> rows = new ArrayList<>();
    for (List<String> cells : table.rows()) {
      List<String> safe = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        safe.add(text.safe(font(table.rowHeaders() && i == 0), cells.get(i)));
      }
      rows.add(new Row(safe, header.rightAligned(), false));
    }
    float[] widths = columnWidths(header, rows, table.rowHeaders(), size, flow.width());
    boolean[] bold = new boolean[n];
    bold[0] = table.rowHeaders();
    draw(flow, header, rows, widths, size, new Look(bold, false, true));
  }

  /**
   * Draws label and value pairs, labels in bold grey: as one list, or, when there are many and all
   * are short, as two lists side by side (the first half on the left) to save paper.
   */
  void facts(PdfPageFlow flow, List<Block.Fact> facts) throws IOException {
    float size = PdfStyle.TABLE + 0.5f;
    List<String> labels = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Block.Fact fact : facts) {
      labels.add(text.safe(text.bold, fact.label()));
      values.add(text.safe(text.regular, fact.value()));
    }
    float half = (flow.width() - PAIR_GAP) / 2;
    // Labels take what the longest needs, so values get the rest of each half.
    float pairedLabelWidth = (float) labels.stream()
        .mapToDouble(l -> text.width(text.bold, size, l) + 2 * PAD_X).max().orElse(0);
    float pairedValueWidth = half - pairedLabelWidth;
    // Only when labels stay on one line and values on two: halves of long wrapped values read worse
    // than one long list.
    boolean paired = facts.size() >= PAIR_FROM && pairedLabelWidth <= half * PAIRED_LABEL_SHARE
        && values.stream().allMatch(v -> TextWrapper.wrap(v, s -> text.width(text.regular, size, s),
            pairedValueWidth - 2 * PAD_X).size() <= PAIRED_VALUE_LINES);
    List<Row> rows = new ArrayList<>();
    if (!paired) {
      boolean[] align = new boolean[2];
      for (int i = 0; i < facts.size(); i++) {
        rows.add(new Row(List.of(labels.get(i), values.get(i)), align, false));
      }
      float labelWidth = flow.width() * FACT_LABEL_SHARE;
      float[] widths = {labelWidth, flow.width() - labelWidth};
      draw(flow, null, rows, widths, size, new Look(new boolean[] {true, false}, true, false));
      return;
    }
    boolean[] align = new boolean[5];
    int height = (facts.size() + 1) / 2;
    for (int r = 0; r < height; r++) {
      int right = r + height;
      boolean hasRight = right < facts.size();
      rows.add(new Row(List.of(labels.get(r), values.get(r), "", hasRight ? labels.get(right) : "",
          hasRight ? values.get(right) : ""), align, false));
    }
    float[] widths = {pairedLabelWidth, pairedValueWidth, PAIR_GAP, pairedLabelWidth, pairedValueWidth};
    boolean[] bold = {true, false, false, true, false};
    draw(flow, null, rows, widths, size, new Look(bold, true, false));
  }

  private void draw(PdfPageFlow flow, Row header, List<Row> rows, float[] widths, float size, Look look)
      throws IOException {
    float leading = size * PdfStyle.LEADING;
    float headerHeight = header == null ? 0 : height(header, widths, size, leading, look);
    // Keep the header with at least the first row.
    float first = rows.isEmpty() ? 0 : height(rows.get(0), widths, size, leading, look);
    flow.ensure(headerHeight + first);
    if (header != null) {
      drawRow(flow, header, widths, size, leading, look, -1);
    } else {
      flow.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), 0.6f, PdfStyle.RULE);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      float height = height(row, widths, size, leading, look);
      if (!flow.fits(height)) {
        flow.newPage();
        if (header != null) {
          drawRow(flow, header, widths, size, leading, look, -1);
        }
      }
      drawRow(flow, row, widths, size, leading, look, r);
    }
    flow.down(10);
  }

  private void drawRow(PdfPageFlow flow, Row row, float[] widths, float size, float leading, Look look,
      int index) throws IOException {
    List<List<String>> lines = lines(row, widths, size, look, maxLines(flow, leading));
    int count = lines.stream().mapToInt(List::size).max().orElse(1);
    float height = count * leading + 2 * PAD_Y;
    float top = flow.y();
    float total = sum(widths);
    if (row.header()) {
      flow.fill(flow.left(), top - height, total, height, PdfStyle.ACCENT);
    } else if (look.zebra() && index % 2 == 1) {
      flow.fill(flow.left(), top - height, total, height, PdfStyle.ZEBRA);
    }
    float x = flow.left();
    for (int c = 0; c < widths.length; c++) {
      FontChain font = font(row, c, look);
      Color colour = row.header() ? Color.WHITE
          : look.mutedBold() && look.bold()[c] ? PdfStyle.MUTED : PdfStyle.TEXT;
      // The baseline sits so that cap height and descenders share the line's spare room evenly.
      float baseline = top - PAD_Y - (leading + size * 0.7f) / 2f;
      for (String line : lines.get(c)) {
        float lineX = row.rightAligned()[c]
            ? x + widths[c] - PAD_X - text.width(font, size, line) : x + PAD_X;
        flow.text(line, font, size, lineX, baseline, colour);
        baseline -= leading;
      }
      x += widths[c];
    }
    if (!row.header()) {
      flow.line(flow.left(), top - height, flow.left() + total, top - height, 0.5f, PdfStyle.RULE);
    }
    flow.down(height);
  }

  private float height(Row row, float[] widths, float size, float leading, Look look) {
    List<List<String>> lines = lines(row, widths, size, look, Integer.MAX_VALUE);
    return lines.stream().mapToInt(List::size).max().orElse(1) * leading + 2 * PAD_Y;
  }

  private List<List<String>> lines(Row row, float[] widths, float size, Look look, int maxLines) {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      FontChain font = font(row, c, look);
      List<String> lines = TextWrapper.wrap(row.cells().get(c), s -> text.width(font, size, s),
          widths[c] - 2 * PAD_X);
      // A cell taller than a page cannot be split sensibly; it is cut, which only absurd data hits.
      out.add(lines.size() > maxLines ? lines.subList(0, maxLines) : lines);
    }
    return out;
  }

  private static int maxLines(PdfPageFlow flow, float leading) {
    return Math.max(1, (int) ((flow.pageHeight() - 40) / leading));
  }

  /** Widths that show each column's words unbroken where the page allows; see {@link ColumnWidths}. */
  private float[] columnWidths(Row header, List<Row> rows, boolean rowHeaders, float size, float available) {
    int n = header.cells().size();
    float[] natural = new float[n];
    float[] longestWord = new float[n];
    for (int c = 0; c < n; c++) {
      measure(text.bold, size, header.cells().get(c), natural, longestWord, c);
      FontChain font = font(rowHeaders && c == 0);
      for (Row row : rows) {
        measure(font, size, row.cells().get(c), natural, longestWord, c);
      }
    }
    return ColumnWidths.share(natural, longestWord, available);
  }

  private void measure(FontChain font, float size, String cell, float[] natural, float[] longestWord, int c) {
    natural[c] = Math.max(natural[c], text.width(font, size, cell) + 2 * PAD_X);
    for (String word : cell.split(" ")) {
      longestWord[c] = Math.max(longestWord[c], text.width(font, size, word) + 2 * PAD_X);
    }
  }

  private FontChain font(boolean bold) {
    return bold ? text.bold : text.regular;
  }

  private FontChain font(Row row, int column, Look look) {
    return font(row.header() || look.bold()[column]);
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float v : values) {
      total += v;
    }
    return total;
  }

  /** One row's safe cell texts and per-column alignment. */
  private record Row(List<String> cells, boolean[] rightAligned, boolean header) {}

  /**
   * How a table looks.
   *
   * @param bold per column, whether it names rows or facts (bold text)
   * @param mutedBold whether bold columns are grey labels rather than row names
   * @param zebra whether every other row is shaded
   */
  private record Look(boolean[] bold, boolean mutedBold, boolean zebra) {}
}
