package org.modelworkbench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.modelworkbench.model.ClassificationMetrics;

/**
 * A confusion matrix as a heat map: actual classes on rows (top to bottom in label order), predicted
 * classes on columns, the count printed in every cell.
 *
 * <p>A cell's shade is its share of the actual class (its row), not the raw count, so a small class
 * that is mostly misclassified stands out as clearly as a large one.
 */
final class ConfusionMatrixChart {
  private static final int MAX_LABEL_CHARS = 18;
  private static final Color LIGHTEST = new Color(0xF1, 0xF5, 0xF9);
  /** Beyond this many classes the cells are too small for a readable count; shading alone remains. */
  private static final int MAX_ANNOTATED_CLASSES = 20;
  /** Row share above which a cell is dark enough to need white text. */
  private static final double DARK_CELL = 0.5;

  private ConfusionMatrixChart() {}

  /** Builds the heat map; a matrix smaller than the label list is read as far as it goes. */
  static JFreeChart create(ClassificationMetrics metrics) {
    List<String> labels = metrics.labels();
    long[][] matrix = metrics.confusionMatrix() == null ? new long[0][] : metrics.confusionMatrix();
    int n = Math.min(labels.size(), matrix.length);

    String[] symbols = new String[n];
    for (int i = 0; i < n; i++) {
      symbols[i] = ChartStyle.shortLabel(labels.get(i), MAX_LABEL_CHARS);
    }
    SymbolAxis predicted = axis("Predicted class", symbols);
    SymbolAxis actual = axis("Actual class", symbols);
    // Row 0 at the top, as in the table beside it.
    actual.setInverted(true);
    // Every class gets its label; long or many labels stand upright so none is skipped.
    int longest = 0;
    for (String symbol : symbols) {
      longest = Math.max(longest, symbol.length());
    }
    predicted.setVerticalTickLabels(n > 5 || n * longest > 36);

    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockAnchor(RectangleAnchor.CENTER);
    // Slightly smaller blocks leave thin white lines between cells.
    renderer.setBlockWidth(0.97);
    renderer.setBlockHeight(0.97);
    renderer.setPaintScale(new ShareScale());

    DefaultXYZDataset data = new DefaultXYZDataset();
    XYPlot plot = new XYPlot(data, predicted, actual, renderer);
    plot.setNoDataMessage("No confusion matrix to show.");
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    // The theme restyles existing annotations, so it goes first and the count labels after it.
    ChartStyle.apply(chart);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    if (n > 0) {
      double[][] cells = new double[3][n * n];
      Font font = new Font(ChartStyle.FAMILY, Font.BOLD, Math.max(8, Math.min(13, 90 / n)));
      for (int row = 0; row < n; row++) {
        long total = rowTotal(matrix[row], n);
        for (int col = 0; col < n; col++) {
          long count = col < matrix[row].length ? matrix[row][col] : 0;
          double share = total == 0 ? 0 : (double) count / total;
          int k = row * n + col;
          cells[0][k] = col;
          cells[1][k] = row;
          cells[2][k] = share;
          if (n <= MAX_ANNOTATED_CLASSES) {
            plot.addAnnotation(countLabel(count, col, row, share, font));
          }
        }
      }
      data.addSeries("cells", cells);
    }
    return chart;
  }

  private static SymbolAxis axis(String label, String[] symbols) {
    SymbolAxis axis = new SymbolAxis(label, symbols);
    axis.setGridBandsVisible(false);
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    axis.setRange(-0.5, Math.max(symbols.length, 1) - 0.5);
    axis.setAxisLineVisible(false);
    // A fixed unit of one: the automatic choice would drop labels it thinks are too crowded.
    axis.setTickUnit(new NumberTickUnit(1), false, false);
    return axis;
  }

  private static long rowTotal(long[] row, int n) {
    long total = 0;
    for (int col = 0; col < Math.min(n, row.length); col++) {
      total += row[col];
    }
    return total;
  }

  private static XYTextAnnotation countLabel(long count, int col, int row, double share, Font font) {
    XYTextAnnotation label = new XYTextAnnotation(Formats.count(count), col, row);
    label.setFont(font);
    label.setPaint(share > DARK_CELL ? Color.WHITE : new Color(0x1F, 0x29, 0x37));
    label.setTextAnchor(TextAnchor.CENTER);
    return label;
  }

  /** Light grey-blue at 0 to the report's dark blue at 1. */
  private static final class ShareScale implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      double t = Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
      return new Color(
          mix(LIGHTEST.getRed(), ChartStyle.PRIMARY.getRed(), t),
          mix(LIGHTEST.getGreen(), ChartStyle.PRIMARY.getGreen(), t),
          mix(LIGHTEST.getBlue(), ChartStyle.PRIMARY.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
      return (int) Math.round(from + (to - from) * t);
    }
  }
}
