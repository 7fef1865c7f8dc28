package org.modelworkbench.report;

import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ValueCount;

/**
 * Renders the report's charts as PNG images, headless.
 *
 * <p>Sizes are nominal: a chart asked for at 640 by 300 is drawn for that size but rendered at twice
 * the pixels (1280 by 600), so it stays sharp when printed or shown on a high-density screen.
 * Display it at the nominal size. Each side must be between 50 and 4,000.
 */
public final class ChartRenderer {
  private ChartRenderer() {}

  /**
   * Training and validation loss per epoch, with the best epoch (lowest validation loss) marked.
   *
   * @param curve one point per epoch; an empty curve gives a chart saying no epoch has finished
   * @param width nominal width
   * @param height nominal height
   * @return PNG bytes, {@code 2 * width} by {@code 2 * height} pixels
   */
  public static byte[] lossCurve(List<EpochMetrics> curve, int width, int height) {
    return PngEncoder.encode(CurveCharts.loss(List.copyOf(curve)), width, height);
  }

  /**
   * The validation metric of each epoch. A name containing "accuracy" gets a percentage axis.
   *
   * @param curve one point per epoch
   * @param metricName the metric's name as the axis should show it, for example "Validation RMSE"
   * @param width nominal width
   * @param height nominal height
   * @return PNG bytes, {@code 2 * width} by {@code 2 * height} pixels
   */
  public static byte[] metricCurve(List<EpochMetrics> curve, String metricName, int width, int height) {
    return PngEncoder.encode(CurveCharts.metric(List.copyOf(curve), metricName), width, height);
  }

  /**
   * The confusion matrix as a heat map: actual classes on rows, predicted classes on columns, the
   * count in each cell, shaded by the cell's share of its actual class.
   *
   * @param metrics classification metrics with labels and matrix
   * @param width nominal width
   * @param height nominal height
   * @return PNG bytes, {@code 2 * width} by {@code 2 * height} pixels
   */
  public static byte[] confusionMatrix(ClassificationMetrics metrics, int width, int height) {
    Objects.requireNonNull(metrics, "metrics");
    return PngEncoder.encode(ConfusionMatrixChart.create(metrics), width, height);
  }

  /**
   * Rows per class as horizontal bars, in the given order, each labelled with its count.
   *
   * @param counts rows per class
   * @param width nominal width
   * @param height nominal height
   * @return PNG bytes, {@code 2 * width} by {@code 2 * height} pixels
   */
  public static byte[] classBalance(List<ValueCount> counts, int width, int height) {
    return PngEncoder.encode(ClassBalanceChart.create(List.copyOf(counts)), width, height);
  }
}
