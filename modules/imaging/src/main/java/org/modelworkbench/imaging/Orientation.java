package org.modelworkbench.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Turns and mirrors stored pixels as an EXIF orientation value (1 to 8) says, so the picture is
 * upright. The colour model is kept, so a grey picture stays grey and transparency stays.
 */
final class Orientation {
  private Orientation() {}

  /** Whether the value swaps width and height (5 to 8 turn the picture a quarter). */
  static boolean swapsSides(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /**
   * The upright picture.
   *
   * @param stored the pixels as the file stores them
   * @param orientation the EXIF value; 1 or an unknown value returns {@code stored} itself
   */
  static BufferedImage upright(BufferedImage stored, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    boolean swap = swapsSides(orientation);
    ColorModel model = stored.getColorModel();
    WritableRaster target = model.createCompatibleWritableRaster(swap ? h : w, swap ? w : h);
    Raster source = stored.getRaster();
    Object pixel = null;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixel = source.getDataElements(x, y, pixel);
        // Where the stored pixel (x, y) lands once the picture is shown as the tag says.
        switch (orientation) {
          case 2 -> target.setDataElements(w - 1 - x, y, pixel);           // mirrored left-right
          case 3 -> target.setDataElements(w - 1 - x, h - 1 - y, pixel);   // turned 180°
          case 4 -> target.setDataElements(x, h - 1 - y, pixel);           // mirrored top-bottom
          case 5 -> target.setDataElements(y, x, pixel);                   // transposed
          case 6 -> target.setDataElements(h - 1 - y, x, pixel);           // turn 90° clockwise
          case 7 -> target.setDataElements(h - 1 - y, w - 1 - x, pixel);   // transversed
          default -> target.setDataElements(y, w - 1 - x, pixel);          // 8: turn 90° anticlockwise
        }
      }
    }
    return new BufferedImage(model, target, model.isAlphaPremultiplied(), null);
  }
}
