package org.modelworkbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes a report document as one self-contained HTML page: styles inline, charts as data URIs, no
 * scripts and no references to anything outside the file.
 *
 * <p>The markup is also well-formed XML (void elements are self-closed and only XML's own entities
 * are used), which keeps it easy to check and to post-process.
 */
final class HtmlRenderer {
  private static final String CSS = loadCss();
  /** Nominal width from which a chart is stretched to the full text column. */
  private static final int WIDE_CHART = 560;

  /** Renders the whole page. */
  String render(ReportDocument document) {
    StringBuilder html = new StringBuilder(256 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Model Workbench\"/>\n")
        .append("<title>").append(text(document.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"report\">\n")
        .append("<header class=\"report-header\">\n<p class=\"kicker\">Model Workbench report</p>\n")
        .append("<h1>").append(text(document.title())).append("</h1>\n")
        .append("<p class=\"generated\">").append(text(document.generated())).append("</p>\n</header>\n");
    for (Section section : document.sections()) {
      section(html, section);
    }
    html.append("<footer class=\"report-footer\">").append(text(document.title())).append(" \u00B7 ")
        .append(text(document.generated())).append(" by Model Workbench</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void section(StringBuilder html, Section section) {
    html.append("<section id=\"").append(text(section.id())).append("\" class=\"section\">\n")
        .append("<h2>").append(text(section.title())).append("</h2>\n");
    List<Block> blocks = section.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      int chart = chartAfterHeading(blocks, i);
      if (chart < 0) {
        block(html, blocks.get(i));
        continue;
      }
      // A heading, its notes and its chart print together: browsers may ignore break-after.
      html.append("<div class=\"keep\">\n");
      for (int k = i; k <= chart; k++) {
        block(html, blocks.get(k));
      }
      html.append("</div>\n");
      i = chart;
    }
    html.append("</section>\n");
  }

  /** The index of the chart that a heading at {@code i} introduces (after notes only), or -1. */
  private static int chartAfterHeading(List<Block> blocks, int i) {
    if (!(blocks.get(i) instanceof Block.Subheading)) {
      return -1;
    }
    int k = i + 1;
    while (k < blocks.size() && blocks.get(k) instanceof Block.Paragraph) {
      k++;
    }
    return k < blocks.size() && blocks.get(k) instanceof Block.Chart ? k : -1;
  }

  private void block(StringBuilder html, Block block) {
    // Java 17 has no pattern matching in switch yet, hence the instanceof chain.
    if (block instanceof Block.Subheading h) {
      html.append("<h3>").append(text(h.text())).append("</h3>\n");
    } else if (block instanceof Block.Paragraph p) {
      paragraph(html, p);
    } else if (block instanceof Block.Facts f) {
      facts(html, f.facts());
    } else if (block instanceof Block.Tiles t) {
      tiles(html, t.tiles());
    } else if (block instanceof Block.Table t) {
      table(html, t);
    } else if (block instanceof Block.Chart c) {
      chart(html, c);
    }
  }

  private void paragraph(StringBuilder html, Block.Paragraph p) {
    String css = switch (p.tone()) {
      case NORMAL -> "";
      case MUTED -> " class=\"muted\"";
      case NOTICE -> " class=\"notice\"";
    };
    html.append("<p").append(css).append('>').append(text(p.text())).append("</p>\n");
  }

  private void facts(StringBuilder html, List<Block.Fact> facts) {
    html.append("<dl class=\"facts\">\n");
    for (Block.Fact fact : facts) {
      html.append("<dt>").append(text(fact.label())).append("</dt><dd>")
          .append(text(fact.value())).append("</dd>\n");
    }
    html.append("</dl>\n");
  }

  private void tiles(StringBuilder html, List<Block.Fact> tiles) {
    html.append("<div class=\"tiles\">\n");
    for (Block.Fact tile : tiles) {
      html.append("<div class=\"tile\"><div class=\"tile-label\">").append(text(tile.label()))
          .append("</div><div class=\"tile-value\">").append(text(tile.value())).append("</div></div>\n");
    }
    html.append("</div>\n");
  }

  private void table(StringBuilder html, Block.Table table) {
    html.append("<div class=\"table-wrap\">\n<table>\n<thead><tr>");
    for (Block.Column column : table.columns()) {
      html.append(column.numeric() ? "<th class=\"num\">" : column.prose() ? "<th class=\"prose\">" : "<th>")
          .append(text(column.header())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String css = table.columns().get(i).numeric() ? " class=\"num\""
            : table.columns().get(i).prose() ? " class=\"prose\""
            : i == 0 && table.rowHeaders() ? " class=\"row-head\"" : "";
        html.append("<td").append(css).append('>').append(text(row.get(i))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n");
  }

  private void chart(StringBuilder html, Block.Chart chart) {
    html.append(chart.width() >= WIDE_CHART ? "<figure class=\"wide\">" : "<figure>")
        .append("<img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(chart.png()))
        .append("\" width=\"").append(chart.width()).append("\" height=\"").append(chart.height())
        .append("\" alt=\"").append(text(chart.description())).append("\"/></figure>\n");
  }

  /**
   * Escaped text in which a number keeps its percent sign: "4.6 %" never breaks across lines,
   * because table columns are now free to wrap.
   */
  private static String text(String raw) {
    return HtmlEscaper.escape(raw).replace(" %", "\u00A0%");
  }

  private static String loadCss() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the report module's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read report.css", e);
    }
  }
}
