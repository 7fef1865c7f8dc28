package org.modelworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.modelworkbench.model.EpochMetrics;

/** Line charts of a training curve: losses per epoch, and one validation metric per epoch. */
final class CurveCharts {
  /** Above this many epochs, point markers would blur into the line, so only the line is drawn. */
  private static final int MAX_EPOCHS_WITH_MARKERS = 40;

  private CurveCharts() {}

  /** Training and validation loss per epoch, with the best epoch marked. */
  static JFreeChart loss(List<EpochMetrics> curve) {
    XYSeriesCollection data = new XYSeriesCollection();
    if (!curve.isEmpty()) {
      data.addSeries(series("Training loss", curve, EpochMetrics::trainLoss));
      data.addSeries(series("Validation loss", curve, EpochMetrics::validationLoss));
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        null, "Epoch", "Loss", data, PlotOrientation.VERTICAL, true, false, false);
    style(chart, curve);
    // Training loss is the lower line; its position decides where the marker label goes.
    markBest(chart, curve, EpochMetrics::trainLoss);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    return chart;
  }

  /** One validation metric per epoch; a percentage axis when the metric is an accuracy. */
  static JFreeChart metric(List<EpochMetrics> curve, String metricName) {
    String name = metricName == null || metricName.isBlank() ? "Validation metric" : metricName;
    XYSeriesCollection data = new XYSeriesCollection();
    if (!curve.isEmpty()) {
      data.addSeries(series(name, curve, EpochMetrics::validationMetric));
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        null, "Epoch", name, data, PlotOrientation.VERTICAL, false, false, false);
    style(chart, curve);
    markBest(chart, curve, EpochMetrics::validationMetric);
    XYPlot plot = chart.getXYPlot();
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    // A metric that moves between 0.91 and 0.95 would look flat on an axis forced to start at 0.
    range.setAutoRangeIncludesZero(false);
    double[] span = span(curve, EpochMetrics::validationMetric);
    if (TrainingCurve.isShareMetric(name)) {
      NumberFormat percent = NumberFormat.getPercentInstance(Locale.ENGLISH);
      // Steps of half a percent on a close curve must not all read "94%".
      percent.setMaximumFractionDigits(1);
      range.setNumberFormatOverride(percent);
      if (span != null) {
        // A share never passes 100 %; one epoch, or a flat curve, still gets a few points of axis.
        double pad = Math.max(0.02, (span[1] - span[0]) * 0.08);
        range.setRange(Math.max(0, span[0] - pad), Math.min(1, span[1] + pad));
      }
    } else if (span != null) {
      range.setAutoRangeMinimumSize(Math.max(1e-9, Math.abs(span[1]) * 0.1));
    }
    return chart;
  }

  /** The lowest and highest finite value of a curve, or null when it has none. */
  private static double[] span(List<EpochMetrics> curve, ToDoubleFunction<EpochMetrics> value) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (EpochMetrics point : curve) {
      double v = value.applyAsDouble(point);
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return min <= max ? new double[] {min, max} : null;
  }

  private static XYSeries series(
      String name, List<EpochMetrics> curve, ToDoubleFunction<EpochMetrics> value) {
    XYSeries series = new XYSeries(name, true, false);
    for (EpochMetrics point : curve) {
      double y = value.applyAsDouble(point);
      // A diverged epoch (NaN or infinite) would wreck the axis range; it is left as a gap.
      series.add(point.epoch(), Double.isFinite(y) ? y : null);
    }
    return series;
  }

  private static void style(JFreeChart chart, List<EpochMetrics> curve) {
    ChartStyle.apply(chart);
    XYPlot plot = chart.getXYPlot();
    plot.setNoDataMessage("No epoch has finished yet.");

    XYLineAndShapeRenderer renderer =
        new XYLineAndShapeRenderer(true, curve.size() <= MAX_EPOCHS_WITH_MARKERS);
    Color[] colours = {ChartStyle.PRIMARY, ChartStyle.SECONDARY};
    for (int i = 0; i < colours.length; i++) {
      renderer.setSeriesPaint(i, colours[i]);
      renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    }
    plot.setRenderer(renderer);

    NumberAxis epochs = (NumberAxis) plot.getDomainAxis();
    epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    if (!curve.isEmpty()) {
      // Exactly the epochs run: no epoch 0 and no epoch after the last on the axis.
      epochs.setRange(curve.get(0).epoch() - 0.5, curve.get(curve.size() - 1).epoch() + 0.5);
    }
  }

  /** Marks the best epoch, its label in the upper or lower half, whichever the first line avoids. */
  private static void markBest(
      JFreeChart chart, List<EpochMetrics> curve, ToDoubleFunction<EpochMetrics> line) {
    TrainingCurve.bestEpoch(curve).ifPresent(best -> {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (EpochMetrics point : curve) {
        double v = line.applyAsDouble(point);
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      double at = line.applyAsDouble(best);
      boolean lineIsHigh = max > min && Double.isFinite(at) && (at - min) / (max - min) > 0.5;
      chart.getXYPlot().addDomainMarker(bestMarker(best.epoch(), curve.get(0).epoch(),
          curve.get(curve.size() - 1).epoch(), !lineIsHigh));
    });
  }

  private static ValueMarker bestMarker(int epoch, int firstEpoch, int lastEpoch, boolean labelOnTop) {
    ValueMarker marker = new ValueMarker(epoch);
    marker.setPaint(new Color(0x6B, 0x72, 0x80));
    marker.setStroke(new BasicStroke(
        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
    marker.setLabel("best epoch " + epoch);
    marker.setLabelFont(new Font(ChartStyle.FAMILY, Font.PLAIN, 10));
    marker.setLabelPaint(ChartStyle.MUTED_TEXT);
    // The label sits on the side of the line with more room, so it is never cut off at the edge.
    boolean roomOnRight = epoch - firstEpoch < (lastEpoch - firstEpoch) * 0.6;
    if (labelOnTop) {
      marker.setLabelAnchor(roomOnRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(roomOnRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    } else {
      marker.setLabelAnchor(roomOnRight ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
      marker.setLabelTextAnchor(roomOnRight ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
    }
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    return marker;
  }
}
