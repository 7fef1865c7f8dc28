package org.modelworkbench.app.desktop.charts;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Task;

/** Line charts of training curves: loss per epoch, and the validation metric per epoch. */
public final class CurveCharts {
  private CurveCharts() {}

  /** The name of the validation metric of a task. */
  public static String metricName(Task task) {
    return task == Task.REGRESSION ? "Validation RMSE" : "Validation accuracy";
  }

  /** An empty chart with an epoch axis. */
  public static LineChart<Number, Number> create(String title, String valueLabel) {
    NumberAxis epochs = new NumberAxis();
    epochs.setLabel("Epoch");
    epochs.setForceZeroInRange(false);
    epochs.setMinorTickVisible(false);
    NumberAxis values = new NumberAxis();
    values.setLabel(valueLabel);
    values.setForceZeroInRange(false);
    LineChart<Number, Number> chart = new LineChart<>(epochs, values);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.getStyleClass().add("curve-chart");
    chart.setMinHeight(220);
    return chart;
  }

  /** A loss chart with a training and a validation series. */
  public static LineChart<Number, Number> lossChart() {
    LineChart<Number, Number> chart = create("Loss", "Loss");
    chart.getData().add(named("Training loss"));
    chart.getData().add(named("Validation loss"));
    return chart;
  }

  /** A validation-metric chart with one series. */
  public static LineChart<Number, Number> metricChart(Task task) {
    LineChart<Number, Number> chart = create(metricName(task), task == Task.REGRESSION ? "RMSE" : "Accuracy");
    chart.getData().add(named(metricName(task)));
    chart.setLegendVisible(false);
    return chart;
  }

  /** Replaces the points of a {@link #lossChart()} and a {@link #metricChart(Task)}. */
  public static void show(LineChart<Number, Number> loss, LineChart<Number, Number> metric, List<EpochMetrics> curve) {
    loss.getData().get(0).getData().clear();
    loss.getData().get(1).getData().clear();
    metric.getData().get(0).getData().clear();
    for (EpochMetrics epoch : curve) {
      append(loss, metric, epoch);
    }
  }

  /** Adds one epoch to a {@link #lossChart()} and a {@link #metricChart(Task)}. */
  public static void append(LineChart<Number, Number> loss, LineChart<Number, Number> metric, EpochMetrics epoch) {
    addPoint(loss.getData().get(0), epoch.epoch(), epoch.trainLoss());
    addPoint(loss.getData().get(1), epoch.epoch(), epoch.validationLoss());
    addPoint(metric.getData().get(0), epoch.epoch(), epoch.validationMetric());
  }

  /** Adds one series per run, named by the run, of the validation metric or the validation loss. */
  public static XYChart.Series<Number, Number> series(String name, List<EpochMetrics> curve, boolean metric) {
    XYChart.Series<Number, Number> series = named(name);
    for (EpochMetrics epoch : curve) {
      addPoint(series, epoch.epoch(), metric ? epoch.validationMetric() : epoch.validationLoss());
    }
    return series;
  }

  private static void addPoint(XYChart.Series<Number, Number> series, int epoch, double value) {
    if (Double.isFinite(value)) {
      series.getData().add(new XYChart.Data<>(epoch, value));
    }
  }

  private static XYChart.Series<Number, Number> named(String name) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    return series;
  }
}
