package org.modelworkbench.benchmarks.performance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Writes 28 x 28 grey PNG pictures in one folder per class ({@code class-0} .. {@code class-9}),
 * the layout {@code workbench import FOLDER} reads as an image dataset. Class k is a stroke at
 * angle 18·k degrees, drawn at a random offset, length and width over random noise: easy enough to
 * learn in a few epochs, varied enough that it is not trivial. Seeded: every run draws the same
 * pictures.
 */
final class DigitImages {
  /** Picture width and height. */
  static final int SIZE = 28;

  private DigitImages() {}

  /**
   * Writes the folder, unless it is already complete.
   *
   * @param folder the dataset folder
   * @param count pictures in all, spread evenly over the classes
   * @param seed the seed
   * @return the folder
   */
  static Path write(Path folder, int count, long seed) throws IOException {
    // The marker sits beside the folder, so an import does not meet it among the pictures.
    Path done = folder.resolveSibling(folder.getFileName() + ".complete");
    if (Files.exists(done)) {
      return folder;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      int k = i % ClassesCsv.CLASSES;
      Path dir = Files.createDirectories(folder.resolve("class-" + k));
      ImageIO.write(picture(k, random), "png", dir.resolve(String.format("img-%05d.png", i)).toFile());
    }
    Files.writeString(done, "");
    return folder;
  }

  private static BufferedImage picture(int k, SplittableRandom random) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = image.getRaster();
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        raster.setSample(x, y, 0, random.nextInt(60));
      }
    }
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(255, 255, 255));
    g.setStroke(new BasicStroke(2f + (float) random.nextDouble() * 2f));
    double angle = Math.toRadians(18 * k + random.nextDouble() * 8 - 4);
    double half = 7 + random.nextDouble() * 5;
    double cx = SIZE / 2.0 + random.nextDouble() * 6 - 3;
    double cy = SIZE / 2.0 + random.nextDouble() * 6 - 3;
    g.drawLine((int) Math.round(cx - half * Math.cos(angle)), (int) Math.round(cy - half * Math.sin(angle)),
        (int) Math.round(cx + half * Math.cos(angle)), (int) Math.round(cy + half * Math.sin(angle)));
    g.dispose();
    return image;
  }
}
