package org.modelworkbench.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into a PNG at twice its nominal size, so it stays sharp on paper and on
 * high-density screens while fonts and lines keep their proportions.
 */
final class PngEncoder {
  /** Pixels per nominal unit. */
  static final int SCALE = 2;
  /** Largest accepted nominal side, so a wrong argument cannot exhaust memory. */
  static final int MAX_SIDE = 4_000;

  private PngEncoder() {}

  /**
   * Renders the chart.
   *
   * @param chart the chart
   * @param width nominal width, at least 50
   * @param height nominal height, at least 50
   * @return PNG bytes of an image {@code SCALE * width} by {@code SCALE * height} pixels
   */
  static byte[] encode(JFreeChart chart, int width, int height) {
    checkSide("width", width);
    checkSide("height", height);
    BufferedImage image =
        new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(SCALE, SCALE);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode a chart as PNG", e);
    }
    return out.toByteArray();
  }

  private static void checkSide(String name, int value) {
    if (value < 50 || value > MAX_SIDE) {
      throw new IllegalArgumentException(name + " must be between 50 and " + MAX_SIDE + ": " + value);
    }
  }
}
