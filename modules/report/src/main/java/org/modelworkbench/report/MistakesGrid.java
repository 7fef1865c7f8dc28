package org.modelworkbench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.modelworkbench.imaging.Pictures;

/**
 * Draws a few misclassified pictures as one grid image, each with its true and predicted class,
 * so HTML and PDF show the same thing. Drawn at twice the nominal size, like the charts.
 */
final class MistakesGrid {
  /** Pictures per row. */
  static final int COLUMNS = 6;
  /** Nominal cell width. */
  static final int CELL_WIDTH = 96;
  /** Nominal cell height: the picture and two caption lines. */
  static final int CELL_HEIGHT = 112;
  private static final int PICTURE = 64;
  private static final int SCALE = PngEncoder.SCALE;

  private MistakesGrid() {}

  /** Nominal width of a grid of {@code count} pictures. */
  static int width(int count) {
    return Math.min(count, COLUMNS) * CELL_WIDTH;
  }

  /** Nominal height of a grid of {@code count} pictures. */
  static int height(int count) {
    return ((count + COLUMNS - 1) / COLUMNS) * CELL_HEIGHT;
  }

  /** The grid as PNG bytes; an unreadable picture is drawn as an empty grey square. */
  static byte[] render(List<Thumbnail> thumbnails) {
    int width = width(thumbnails.size()) * SCALE;
    int height = height(thumbnails.size()) * SCALE;
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      for (int i = 0; i < thumbnails.size(); i++) {
        int x = (i % COLUMNS) * CELL_WIDTH * SCALE;
        int y = (i / COLUMNS) * CELL_HEIGHT * SCALE;
        cell(g, thumbnails.get(i), x, y);
      }
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(canvas, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the grid of pictures", e);
    }
  }

  private static void cell(Graphics2D g, Thumbnail thumbnail, int x, int y) {
    int side = PICTURE * SCALE;
    int left = x + (CELL_WIDTH * SCALE - side) / 2;
    int top = y + 4 * SCALE;
    BufferedImage picture = read(thumbnail.image());
    if (picture == null) {
      g.setColor(ChartStyle.GRID);
      g.fillRect(left, top, side, side);
    } else {
      // Small pictures (digits) stay sharp when enlarged; big photos are smoothed when shrunk.
      boolean enlarge = picture.getWidth() < side && picture.getHeight() < side;
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, enlarge
          ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      double scale = Math.min((double) side / picture.getWidth(), (double) side / picture.getHeight());
      int w = (int) Math.round(picture.getWidth() * scale);
      int h = (int) Math.round(picture.getHeight() * scale);
      g.drawImage(picture, left + (side - w) / 2, top + (side - h) / 2, w, h, null);
    }
    g.setColor(ChartStyle.GRID);
    g.drawRect(left, top, side - 1, side - 1);
    int centre = x + CELL_WIDTH * SCALE / 2;
    g.setFont(new Font(ChartStyle.FAMILY, Font.BOLD, 11 * SCALE));
    g.setColor(ChartStyle.PRIMARY);
    centred(g, "is " + ChartStyle.shortLabel(thumbnail.actual(), 10), centre, top + side + 14 * SCALE);
    g.setFont(new Font(ChartStyle.FAMILY, Font.PLAIN, 10 * SCALE));
    g.setColor(ChartStyle.SECONDARY.darker());
    centred(g, "seen as " + ChartStyle.shortLabel(thumbnail.predicted(), 8), centre, top + side + 28 * SCALE);
  }

  private static void centred(Graphics2D g, String text, int centre, int baseline) {
    int width = g.getFontMetrics().stringWidth(text);
    g.drawString(text, centre - width / 2, baseline);
  }

  /** The picture upright and in true colours, as the window shows it; null when unreadable. */
  private static BufferedImage read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      return Pictures.decode(bytes, PICTURE * SCALE).image();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
