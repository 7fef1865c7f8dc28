package org.modelworkbench.ml.image;

import java.util.Random;

/**
 * Light augmentation on channel-first pixels: a horizontal flip half of the time and a shift of
 * up to an eighth of the size in each direction, filling with zeros.
 */
final class Augmenter {
  private Augmenter() {}

  /** Returns an augmented copy of one image. */
  static float[] apply(float[] pixels, ImageShape shape, Random random) {
    int h = shape.height();
    int w = shape.width();
    boolean flip = random.nextBoolean();
    int maxShiftY = Math.max(0, h / 8);
    int maxShiftX = Math.max(0, w / 8);
    int dy = maxShiftY == 0 ? 0 : random.nextInt(2 * maxShiftY + 1) - maxShiftY;
    int dx = maxShiftX == 0 ? 0 : random.nextInt(2 * maxShiftX + 1) - maxShiftX;
    float[] out = new float[pixels.length];
    for (int c = 0; c < shape.channels(); c++) {
      int plane = c * h * w;
      for (int y = 0; y < h; y++) {
        int sy = y - dy;
        if (sy < 0 || sy >= h) {
          continue;
        }
        for (int x = 0; x < w; x++) {
          int sx = (flip ? w - 1 - x : x) - dx;
          if (sx >= 0 && sx < w) {
            out[plane + y * w + x] = pixels[plane + sy * w + sx];
          }
        }
      }
    }
    return out;
  }
}
