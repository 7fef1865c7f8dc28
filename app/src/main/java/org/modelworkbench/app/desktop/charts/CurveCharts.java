package org.modelworkbench.app.desktop.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingCurves;

/**
 * Line charts of training curves: loss per epoch (training solid with round markers, validation
 * dashed with square markers, with a legend), and the validation metric per epoch. Both mark the
 * best epoch by the rule the report uses ({@link TrainingCurves#bestEpoch}).
 */
public final class CurveCharts {
  /** Style class of a chart with a training and a validation series, which the style sheet tells apart. */
  static final String TRAINING_AND_VALIDATION = "training-curves";
  /** Style class of a chart whose one series is a validation series, drawn like the loss chart's. */
  static final String VALIDATION_ONLY = "validation-curve";

  private CurveCharts() {}

  /** The name of the validation metric of a task. */
  public static String metricName(Task task) {
    return task == Task.REGRESSION ? "Validation RMSE" : "Validation accuracy";
  }

  /** An empty chart with an epoch axis; the value axis is kept between 0 and 1 when it is an accuracy. */
  public static LineChart<Number, Number> create(String title, String valueLabel) {
    return create(title, valueLabel, "Accuracy".equalsIgnoreCase(valueLabel));
  }

  /**
   * An empty chart with an epoch axis.
   *
   * @param title the chart's title
   * @param valueLabel the value axis's name
   * @param share whether the values are shares (accuracy), so the axis stays within 0 and 1
   */
  public static LineChart<Number, Number> create(String title, String valueLabel, boolean share) {
    CurveChart chart = new CurveChart(valueLabel, share);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.getStyleClass().add("curve-chart");
    chart.setMinHeight(220);
    return chart;
  }

  /** A loss chart with a training and a validation series and a legend. */
  public static LineChart<Number, Number> lossChart() {
    LineChart<Number, Number> chart = create("Loss", "Loss", false);
    chart.getStyleClass().add(TRAINING_AND_VALIDATION);
    chart.getData().add(named("Training loss"));
    chart.getData().add(named("Validation loss"));
    chart.setLegendVisible(true);
    return chart;
  }

  /** A validation-metric chart with one series. */
  public static LineChart<Number, Number> metricChart(Task task) {
    boolean regression = task == Task.REGRESSION;
    LineChart<Number, Number> chart = create(metricName(task), regression ? "RMSE" : "Accuracy", !regression);
    chart.getStyleClass().add(VALIDATION_ONLY);
    chart.getData().add(named(metricName(task)));
    // Its legend shows the validation line's look, as in the loss chart beside it.
    chart.setLegendVisible(true);
    return chart;
  }

  /** Replaces the points of a {@link #lossChart()} and a {@link #metricChart(Task)}, and marks the best epoch. */
  public static void show(LineChart<Number, Number> loss, LineChart<Number, Number> metric, List<EpochMetrics> curve) {
    List<XYChart.Data<Number, Number>> train = new ArrayList<>();
    List<XYChart.Data<Number, Number>> validation = new ArrayList<>();
    List<XYChart.Data<Number, Number>> values = new ArrayList<>();
    for (EpochMetrics epoch : curve) {
      addPoint(train, epoch.epoch(), epoch.trainLoss());
      addPoint(validation, epoch.epoch(), epoch.validationLoss());
      addPoint(values, epoch.epoch(), epoch.validationMetric());
    }
    loss.getData().get(0).getData().setAll(train);
    loss.getData().get(1).getData().setAll(validation);
    metric.getData().get(0).getData().setAll(values);
    OptionalInt best = bestEpoch(curve);
    mark(loss, best);
    mark(metric, best);
  }

  /**
   * Adds one epoch to a {@link #lossChart()} and a {@link #metricChart(Task)}.
   *
   * @param curve every epoch so far, this one included, to find the best epoch
   */
  public static void append(LineChart<Number, Number> loss, LineChart<Number, Number> metric, EpochMetrics epoch,
      List<EpochMetrics> curve) {
    append(loss, metric, epoch);
    OptionalInt best = bestEpoch(curve);
    mark(loss, best);
    mark(metric, best);
  }

  /** Adds one epoch to a {@link #lossChart()} and a {@link #metricChart(Task)}, leaving the best-epoch mark. */
  public static void append(LineChart<Number, Number> loss, LineChart<Number, Number> metric, EpochMetrics epoch) {
    addPoint(loss.getData().get(0).getData(), epoch.epoch(), epoch.trainLoss());
    addPoint(loss.getData().get(1).getData(), epoch.epoch(), epoch.validationLoss());
    addPoint(metric.getData().get(0).getData(), epoch.epoch(), epoch.validationMetric());
  }

  /** Adds one series per run, named by the run, of the validation metric or the validation loss. */
  public static XYChart.Series<Number, Number> series(String name, List<EpochMetrics> curve, boolean metric) {
    XYChart.Series<Number, Number> series = named(name);
    for (EpochMetrics epoch : curve) {
      addPoint(series.getData(), epoch.epoch(), metric ? epoch.validationMetric() : epoch.validationLoss());
    }
    return series;
  }

  /** The best epoch of a curve, by the report's rule. */
  static OptionalInt bestEpoch(List<EpochMetrics> curve) {
    return TrainingCurves.bestEpoch(curve).map(e -> OptionalInt.of(e.epoch())).orElse(OptionalInt.empty());
  }

  private static void mark(LineChart<Number, Number> chart, OptionalInt best) {
    if (chart instanceof CurveChart curveChart) {
      curveChart.markBestEpoch(best);
    }
  }

  private static void addPoint(List<XYChart.Data<Number, Number>> points, int epoch, double value) {
    if (Double.isFinite(value)) {
      points.add(new XYChart.Data<>(epoch, value));
    }
  }

  private static XYChart.Series<Number, Number> named(String name) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    return series;
  }
}
