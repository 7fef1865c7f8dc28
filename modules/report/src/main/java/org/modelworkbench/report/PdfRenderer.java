package org.modelworkbench.report;

import java.awt.Color;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a report document onto A4 pages: a title block, then each section with its blocks, then the
 * page footers. Sections follow one another without forced page breaks, so pages fill; a subheading
 * is never left alone at the bottom of a page, and a chart that nearly fits the rest of a page is
 * drawn a little smaller there instead of leaving the space empty.
 */
final class PdfRenderer {
  private static final float NOTICE_PAD = 8f;
  /**
   * The smallest share of its size a chart may be drawn at to fit the rest of a page: a little
   * smaller reads as well and leaves no hole, much smaller would not.
   */
  static final float MIN_FIT_SCALE = 0.6f;

  private final PdfText text;
  private final PdfTableDrawer tables;
  private final PdfTilesDrawer tiles;

  /** Creates a renderer drawing with the document's fonts. */
  PdfRenderer(PdfText text) {
    this.text = text;
    this.tables = new PdfTableDrawer(text);
    this.tiles = new PdfTilesDrawer(text);
  }

  /** Renders the document into an empty PDF. */
  void render(ReportDocument document, Instant generatedAt, PDDocument pdf) throws IOException {
    try (PdfPageFlow flow = new PdfPageFlow(pdf)) {
      titleBlock(flow, document);
      for (Section section : document.sections()) {
        section(flow, pdf, section);
      }
    }
    PdfFooter.stamp(pdf, text, document.title());
    describe(pdf, document.title(), generatedAt);
  }

  private void titleBlock(PdfPageFlow flow, ReportDocument document) throws IOException {
    float x = flow.left();
    flow.text("MODEL WORKBENCH REPORT", text.bold, 8.5f, x, flow.y() - 8.5f, PdfStyle.MUTED);
    flow.down(16);
    lines(flow, text.bold, PdfStyle.TITLE, document.title(), PdfStyle.ACCENT, flow.width(), 1.2f);
    flow.down(2);
    lines(flow, text.regular, PdfStyle.BODY, document.generated(), PdfStyle.MUTED, flow.width(),
        PdfStyle.LEADING);
    flow.down(6);
    flow.fill(x, flow.y() - 2.5f, flow.width(), 2.5f, PdfStyle.ACCENT);
    flow.down(8);
  }

  private void section(PdfPageFlow flow, PDDocument pdf, Section section) throws IOException {
    if (!flow.atTop()) {
      flow.down(16);
    }
    flow.ensure(PdfStyle.SECTION * 1.3f + 70);
    lines(flow, text.bold, PdfStyle.SECTION, section.title(), PdfStyle.ACCENT, flow.width(), 1.25f);
    flow.down(1);
    flow.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), 0.8f, PdfStyle.RULE);
    flow.down(10);
    List<Block> blocks = section.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Block.Subheading heading) {
        // Keep the heading with the start of what follows it (its note and the chart or table).
        float keep = PdfStyle.SUBHEADING * 2.2f + minimumHeight(flow, blocks, i + 1);
        flow.ensure(Math.min(keep, flow.pageHeight()));
        flow.down(6);
        lines(flow, text.bold, PdfStyle.SUBHEADING, heading.text(), PdfStyle.TEXT, flow.width(), 1.25f);
        flow.down(3);
      } else {
        block(flow, pdf, block);
      }
    }
  }

  private void block(PdfPageFlow flow, PDDocument pdf, Block block) throws IOException {
    // Java 17 has no pattern matching in switch yet, hence the instanceof chain.
    if (block instanceof Block.Paragraph p) {
      paragraph(flow, p);
    } else if (block instanceof Block.Facts f) {
      tables.facts(flow, f.facts());
    } else if (block instanceof Block.Tiles t) {
      tiles.draw(flow, t.tiles());
    } else if (block instanceof Block.Table t) {
      tables.table(flow, t);
    } else if (block instanceof Block.Chart c) {
      chart(flow, pdf, c);
    }
  }

  /** A rough lower bound of the space the blocks after a heading need before a page break. */
  private float minimumHeight(PdfPageFlow flow, List<Block> blocks, int from) {
    float height = 0;
    for (int i = from; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Block.Paragraph p) {
        height += paragraphHeight(flow, p);
      } else if (block instanceof Block.Chart c) {
        return height + chartSize(flow, c)[1] * MIN_FIT_SCALE + 12;
      } else {
        // Tables and facts: the header and a couple of rows.
        return height + 60;
      }
    }
    return height;
  }

  private void paragraph(PdfPageFlow flow, Block.Paragraph p) throws IOException {
    float size = p.tone() == Block.Tone.MUTED ? PdfStyle.SMALL : PdfStyle.BODY;
    Color colour = p.tone() == Block.Tone.MUTED ? PdfStyle.MUTED : PdfStyle.TEXT;
    if (p.tone() != Block.Tone.NOTICE) {
      lines(flow, text.regular, size, p.text(), colour, flow.width(), PdfStyle.LEADING);
      flow.down(6);
      return;
    }
    float inner = flow.width() - 2 * NOTICE_PAD - 4;
    List<String> wrapped = wrap(text.regular, size, p.text(), inner);
    float leading = size * PdfStyle.LEADING;
    float height = wrapped.size() * leading + 2 * NOTICE_PAD;
    flow.ensure(height);
    float top = flow.y();
    flow.fill(flow.left(), top - height, flow.width(), height, PdfStyle.NOTICE);
    flow.fill(flow.left(), top - height, 4, height, PdfStyle.NOTICE_EDGE);
    float baseline = top - NOTICE_PAD - size * 0.8f;
    for (String line : wrapped) {
      flow.text(line, text.regular, size, flow.left() + 4 + NOTICE_PAD, baseline, colour);
      baseline -= leading;
    }
    flow.down(height + 8);
  }

  private float paragraphHeight(PdfPageFlow flow, Block.Paragraph p) {
    float size = p.tone() == Block.Tone.MUTED ? PdfStyle.SMALL : PdfStyle.BODY;
    return wrap(text.regular, size, p.text(), flow.width()).size() * size * PdfStyle.LEADING + 8;
  }

  private void chart(PdfPageFlow flow, PDDocument pdf, Block.Chart chart) throws IOException {
    float[] size = chartSize(flow, chart);
    float room = flow.y() - PdfPageFlow.MARGIN_BOTTOM - 8;
    if (!flow.atTop() && room < size[1] && room >= size[1] * MIN_FIT_SCALE) {
      // Nearly fits: shrink it into the rest of the page rather than leave that space empty.
      float shrink = room / size[1];
      size = new float[] {size[0] * shrink, size[1] * shrink};
    }
    flow.ensure(size[1] + 8);
    PDImageXObject image = PDImageXObject.createFromByteArray(pdf, chart.png(), "chart.png");
    float x = flow.left() + (flow.width() - size[0]) / 2;
    flow.image(image, x, flow.y() - size[1], size[0], size[1]);
    flow.down(size[1] + 12);
  }

  /** Display size: the nominal size, shrunk to the content width and an empty page's height. */
  private static float[] chartSize(PdfPageFlow flow, Block.Chart chart) {
    float scale = Math.min(1f, Math.min(flow.width() / chart.width(), flow.pageHeight() / chart.height()));
    return new float[] {chart.width() * scale, chart.height() * scale};
  }

  /** Draws wrapped text from the cursor down, breaking pages between lines. */
  private void lines(PdfPageFlow flow, FontChain font, float size, String raw, Color colour, float width,
      float leadingFactor) throws IOException {
    float leading = size * leadingFactor;
    for (String line : wrap(font, size, raw, width)) {
      flow.ensure(leading);
      // Baseline below the cursor by the font's ascent, so the cursor marks the top of the line.
      flow.text(line, font, size, flow.left(), flow.y() - size * 0.8f - (leading - size) / 2, colour);
      flow.down(leading);
    }
  }

  private List<String> wrap(FontChain font, float size, String raw, float width) {
    return TextWrapper.wrap(text.safe(font, raw), s -> text.width(font, size, s), width);
  }

  private static void describe(PDDocument pdf, String title, Instant generatedAt) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Model Workbench");
    info.setSubject("Model training report");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.setTimeInMillis(generatedAt.toEpochMilli());
    info.setCreationDate(created);
    pdf.getDocumentCatalog().setLanguage("en");
  }
}
