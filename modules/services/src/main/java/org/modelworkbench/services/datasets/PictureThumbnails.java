package org.modelworkbench.services.datasets;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.modelworkbench.imaging.Pictures;

/**
 * Pictures for the window's thumbnails and preview: decoded by the same upright, true-colour
 * decoding as the import and training (so a phone photo is not shown sideways and a CMYK JPEG not
 * washed out), then fitted into a square box. The window only turns the result into a toolkit
 * image; JavaFX's own decoder ignores EXIF orientation and does not use ImageIO's CMYK plug-in.
 */
public final class PictureThumbnails {
  private PictureThumbnails() {}

  /**
   * The picture upright, scaled to fit a {@code box}×{@code box} square with its shape kept. Large
   * pictures are decoded with fewer pixels and scaled down smoothly; small ones (8×8 digits) are
   * scaled up without blurring, so their pixels stay sharp.
   *
   * @throws IOException when the file cannot be read or is no readable picture
   */
  public static BufferedImage fit(Path file, int box) throws IOException {
    BufferedImage picture = Pictures.read(file, box).image();
    int w = picture.getWidth();
    int h = picture.getHeight();
    double scale = Math.min((double) box / w, (double) box / h);
    int width = Math.max(1, (int) Math.round(w * scale));
    int height = Math.max(1, (int) Math.round(h * scale));
    BufferedImage out = new BufferedImage(width, height,
        picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale > 1
          ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(picture, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
