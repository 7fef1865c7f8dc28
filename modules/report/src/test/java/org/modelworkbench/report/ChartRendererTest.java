package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ValueCount;

class ChartRendererTest {

  @Test
  void lossCurveIsAPngAtTwiceTheNominalSize() throws IOException {
    byte[] png = ChartRenderer.lossCurve(ReportFixtures.classificationCurve(24), 600, 290);
    assertPng(png, 1200, 580);
  }

  @Test
  void metricCurvesRenderForBothTasks() throws IOException {
    assertPng(ChartRenderer.metricCurve(ReportFixtures.classificationCurve(24), "Validation accuracy", 400, 200),
        800, 400);
    assertPng(ChartRenderer.metricCurve(ReportFixtures.regressionCurve(30), "Validation RMSE", 400, 200),
        800, 400);
  }

  @Test
  void emptyCurvesStillRender() throws IOException {
    assertPng(ChartRenderer.lossCurve(List.of(), 300, 150), 600, 300);
    assertPng(ChartRenderer.metricCurve(ReportFixtures.classificationCurve(1), null, 300, 150), 600, 300);
  }

  @Test
  void confusionMatrixRendersWithCountsInDarkAndLightCells() throws IOException {
    ClassificationMetrics metrics = (ClassificationMetrics) ReportFixtures.threeClasses().testMetrics();
    BufferedImage image = assertPng(ChartRenderer.confusionMatrix(metrics, 420, 340), 840, 680);
    // The diagonal cells (85 % to 92 % of their rows) are shaded dark blue: many such pixels.
    assertThat(darkBluePixels(image)).isGreaterThan(5_000);
  }

  @Test
  void countsOnDarkCellsAreWhiteAndOnLightCellsDark() {
    ClassificationMetrics metrics = (ClassificationMetrics) ReportFixtures.threeClasses().testMetrics();
    Map<String, Paint> paintByText = new HashMap<>();
    for (Object annotation : ConfusionMatrixChart.create(metrics).getXYPlot().getAnnotations()) {
      XYTextAnnotation label = (XYTextAnnotation) annotation;
      paintByText.put(label.getText(), label.getPaint());
    }
    assertThat(paintByText).hasSize(9);
    assertThat(paintByText.get("412")).isEqualTo(Color.WHITE); // 92 % of its row
    assertThat(paintByText.get("31")).isNotEqualTo(Color.WHITE); // 7 % of its row
  }

  @Test
  void confusionMatrixCopesWithHostileLabelsAndAnEmptyMatrix() throws IOException {
    ClassificationMetrics hostile = (ClassificationMetrics) ReportFixtures.hostile().testMetrics();
    assertPng(ChartRenderer.confusionMatrix(hostile, 400, 400), 800, 800);
    ClassificationMetrics empty = new ClassificationMetrics(0, 0, null, 0, List.of(), new long[0][], List.of(), 0);
    assertPng(ChartRenderer.confusionMatrix(empty, 200, 200), 400, 400);
  }

  @Test
  void classBalanceRendersLongAndDuplicateLookingLabels() throws IOException {
    List<ValueCount> counts = List.of(
        new ValueCount("a very long class label that goes on and on, part one", 1_200),
        new ValueCount("a very long class label that goes on and on, part two", 800),
        new ValueCount("short", 45));
    assertPng(ChartRenderer.classBalance(counts, 600, 180), 1200, 360);
  }

  @Test
  void rejectsSillySizes() {
    assertThatThrownBy(() -> ChartRenderer.lossCurve(List.of(), 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChartRenderer.lossCurve(List.of(), 100, 100_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage assertPng(byte[] png, int width, int height) throws IOException {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    return image;
  }

  private static int darkBluePixels(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r < 80 && g < 120 && b > 100) {
          count++;
        }
      }
    }
    return count;
  }
}
