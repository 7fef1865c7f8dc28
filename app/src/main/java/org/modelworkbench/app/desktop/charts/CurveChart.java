package org.modelworkbench.app.desktop.charts;

import java.util.OptionalInt;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * A line chart of values per epoch that fits its own axes to its points (see {@link CurveScale}),
 * draws point markers while there are few epochs (so a single epoch shows), and marks the best
 * epoch with a dashed vertical line and its label.
 */
public final class CurveChart extends LineChart<Number, Number> {
  /** Up to this many epochs a series draws a marker on each point; beyond, markers would blur into the line. */
  static final int MAX_EPOCHS_WITH_MARKERS = 40;

  private final boolean share;
  private final Line bestLine = new Line();
  private final Label bestLabel = new Label();
  private OptionalInt bestEpoch = OptionalInt.empty();
  private int firstEpoch = 1;
  private int lastEpoch = 0;

  /**
   * Creates an empty chart.
   *
   * @param valueLabel the value axis's name
   * @param share whether the values are shares (accuracy), kept between 0 and 1
   */
  CurveChart(String valueLabel, boolean share) {
    super(new NumberAxis(), new NumberAxis());
    this.share = share;
    NumberAxis epochs = epochAxis();
    epochs.setLabel("Epoch");
    epochs.setAutoRanging(false);
    epochs.setMinorTickVisible(false);
    NumberAxis values = valueAxis();
    values.setLabel(valueLabel);
    values.setAutoRanging(false);
    values.setMinorTickVisible(false);
    bestLine.getStyleClass().add("best-epoch-line");
    bestLine.setManaged(false);
    bestLabel.getStyleClass().add("best-epoch-label");
    bestLabel.setManaged(false);
    bestLine.setVisible(false);
    bestLabel.setVisible(false);
    getPlotChildren().addAll(bestLine, bestLabel);
    ListChangeListener<XYChart.Data<Number, Number>> points = change -> fit();
    getData().addListener((ListChangeListener<Series<Number, Number>>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(series -> series.getData().addListener(points));
        change.getRemoved().forEach(series -> series.getData().removeListener(points));
      }
      fit();
    });
    fit();
  }

  /** The epoch axis. */
  public NumberAxis epochAxis() {
    return (NumberAxis) getXAxis();
  }

  /** The value axis. */
  public NumberAxis valueAxis() {
    return (NumberAxis) getYAxis();
  }

  /** The epoch marked as best, if any. */
  public OptionalInt bestEpoch() {
    return bestEpoch;
  }

  /** The label beside the best-epoch line ("best epoch 12"), shown while an epoch is marked. */
  public Label bestEpochLabel() {
    return bestLabel;
  }

  /** Marks an epoch as the best one, or nothing. */
  public void markBestEpoch(OptionalInt epoch) {
    bestEpoch = epoch;
    bestLabel.setText(epoch.isPresent() ? "best epoch " + epoch.getAsInt() : "");
    requestChartLayout();
  }

  /** Fits both axes to the points, and draws markers while the longest series is short. */
  private void fit() {
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int longest = 0;
    for (Series<Number, Number> series : getData()) {
      longest = Math.max(longest, series.getData().size());
      for (Data<Number, Number> point : series.getData()) {
        first = Math.min(first, point.getXValue().doubleValue());
        last = Math.max(last, point.getXValue().doubleValue());
        min = Math.min(min, point.getYValue().doubleValue());
        max = Math.max(max, point.getYValue().doubleValue());
      }
    }
    // Steps between epochs (a fine-tuning's step loss) have fractional positions: whole epochs bound them.
    int firstRun = first > last ? 1 : (int) Math.floor(first);
    int lastRun = first > last ? 0 : (int) Math.ceil(last);
    if (firstRun != firstEpoch || lastRun != lastEpoch || epochAxis().getTickLabelFormatter() == null) {
      firstEpoch = firstRun;
      lastEpoch = lastRun;
      // A new formatter makes the axis label its ticks again, even when its range stays the same.
      epochAxis().setTickLabelFormatter(epochLabels(firstRun, lastRun));
    }
    CurveScale.Range x = CurveScale.epochs(firstEpoch, lastEpoch);
    epochAxis().setLowerBound(x.lower());
    epochAxis().setUpperBound(x.upper());
    epochAxis().setTickUnit(x.tick());
    CurveScale.Range y = CurveScale.values(min, max, share);
    valueAxis().setLowerBound(y.lower());
    valueAxis().setUpperBound(y.upper());
    valueAxis().setTickUnit(y.tick());
    boolean markers = longest <= MAX_EPOCHS_WITH_MARKERS;
    if (getCreateSymbols() != markers) {
      setCreateSymbols(markers);
    }
  }

  /** Labels the whole epochs that ran; other ticks (epoch 0, the bound after the last) get none. */
  private static StringConverter<Number> epochLabels(int first, int last) {
    return new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return CurveScale.labelled(value.doubleValue(), first, last) ? Long.toString(Math.round(value.doubleValue())) : "";
      }

      @Override
      public Number fromString(String text) {
        return Double.valueOf(text);
      }
    };
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    boolean shown = bestEpoch.isPresent() && bestEpoch.getAsInt() >= epochAxis().getLowerBound()
        && bestEpoch.getAsInt() <= epochAxis().getUpperBound();
    bestLine.setVisible(shown);
    bestLabel.setVisible(shown);
    if (!shown) {
      return;
    }
    double x = epochAxis().getDisplayPosition(bestEpoch.getAsInt());
    double top = valueAxis().getDisplayPosition(valueAxis().getUpperBound());
    double bottom = valueAxis().getDisplayPosition(valueAxis().getLowerBound());
    bestLine.setStartX(x);
    bestLine.setEndX(x);
    bestLine.setStartY(top);
    bestLine.setEndY(bottom);
    bestLine.toFront();
    bestLabel.autosize();
    double width = bestLabel.prefWidth(-1);
    double plotWidth = epochAxis().getDisplayPosition(epochAxis().getUpperBound());
    // The label sits on the side of the line with more room, so it is never cut off at the edge.
    double labelX = x + 4 + width <= plotWidth ? x + 4 : Math.max(0, x - 4 - width);
    bestLabel.resizeRelocate(labelX, top + 2, width, bestLabel.prefHeight(width));
    bestLabel.toFront();
  }
}
