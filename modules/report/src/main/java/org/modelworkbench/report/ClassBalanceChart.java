package org.modelworkbench.report;

import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.modelworkbench.model.ValueCount;

/** A horizontal bar per class, so long class names stay readable on the axis. */
final class ClassBalanceChart {
  private static final int MAX_LABEL_CHARS = 24;

  private ClassBalanceChart() {}

  /** Rows per class, in the given order, with the count printed at the end of each bar. */
  static JFreeChart create(List<ValueCount> counts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < counts.size(); i++) {
      ValueCount count = counts.get(i);
      data.addValue(count.count(), "Rows", new Category(i, count.value()));
    }
    JFreeChart chart = ChartFactory.createBarChart(
        null, null, "Rows", data, PlotOrientation.HORIZONTAL, false, false, false);
    ChartStyle.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setNoDataMessage("No classes to show.");

    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, ChartStyle.PRIMARY);
    bars.setMaximumBarWidth(0.12);
    bars.setItemMargin(0);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
        "{2}", NumberFormat.getIntegerInstance(Locale.ENGLISH)));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(new Font(ChartStyle.FAMILY, Font.PLAIN, 10));
    bars.setDefaultItemLabelPaint(ChartStyle.MUTED_TEXT);

    // Counts along the bottom, where readers look for a value axis.
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    CategoryAxis classes = plot.getDomainAxis();
    classes.setCategoryMargin(0.25);
    classes.setMaximumCategoryLabelWidthRatio(0.35f);
    NumberAxis rows = (NumberAxis) plot.getRangeAxis();
    rows.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
    // Room after the longest bar for its printed count.
    rows.setUpperMargin(0.15);
    return chart;
  }

  /**
   * A category key: the index keeps two labels apart even when they are cut to the same text, and
   * the axis shows {@link #toString()}.
   */
  private record Category(int index, String label) implements Comparable<Category> {
    @Override
    public int compareTo(Category other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return ChartStyle.shortLabel(label, MAX_LABEL_CHARS);
    }
  }
}
