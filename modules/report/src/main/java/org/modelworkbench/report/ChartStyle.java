package org.modelworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The report's chart look: flat, white, one calm blue and one contrasting orange.
 *
 * <p>Fonts use the logical "SansSerif" family, which every JVM maps to a real font, so charts
 * render the same headless on any machine. The theme is applied per chart rather than installed
 * globally, so other users of JFreeChart in the same JVM are not affected.
 */
final class ChartStyle {
  /** The main series colour (and the report's accent colour): a dark blue. */
  static final Color PRIMARY = new Color(0x1F, 0x4E, 0x79);
  /** The second series colour: an orange that stays distinct in grey-scale print. */
  static final Color SECONDARY = new Color(0xE0, 0x7B, 0x39);
  /** Axis labels and other quiet text. */
  static final Color MUTED_TEXT = new Color(0x44, 0x4B, 0x55);
  /** Grid lines. */
  static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
  /** Fonts. */
  static final String FAMILY = Font.SANS_SERIF;

  private ChartStyle() {}

  /** Applies fonts, colours and flat painters to a freshly created chart. */
  static void apply(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 15));
    theme.setLargeFont(new Font(FAMILY, Font.BOLD, 12));
    theme.setRegularFont(new Font(FAMILY, Font.PLAIN, 11));
    theme.setSmallFont(new Font(FAMILY, Font.PLAIN, 10));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(MUTED_TEXT);
    theme.setTickLabelPaint(MUTED_TEXT);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(MUTED_TEXT);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);

    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(6, 6, 6, 10));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
    }
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    plot.setNoDataMessageFont(new Font(FAMILY, Font.PLAIN, 13));
    plot.setNoDataMessagePaint(MUTED_TEXT);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlineStroke(new BasicStroke(1f));
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
    } else if (plot instanceof CategoryPlot category) {
      category.setRangeGridlineStroke(new BasicStroke(1f));
      category.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }
  }

  /** Shortens a label for an axis so one long class name cannot squeeze the plot away. */
  static String shortLabel(String label, int maxChars) {
    String text = label == null ? "" : label.strip();
    if (text.codePointCount(0, text.length()) <= maxChars) {
      return text;
    }
    int end = text.offsetByCodePoints(0, maxChars - 1);
    return text.substring(0, end) + "\u2026";
  }
}
