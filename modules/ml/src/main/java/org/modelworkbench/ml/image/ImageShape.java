package org.modelworkbench.ml.image;

import java.util.Arrays;
import org.modelworkbench.model.WorkbenchException;

/**
 * The tensor shape images are resized to: channels (1 grey, 3 RGB), height and width.
 *
 * @param channels 1 or 3
 * @param height pixels
 * @param width pixels
 */
public record ImageShape(int channels, int height, int width) {
  /** The largest side a network from scratch trains at; larger images are scaled down. */
  public static final int MAX_SIDE = 64;
  /** The smallest side the residual network accepts. */
  public static final int MIN_SIDE = 8;

  /** Checks the values. */
  public ImageShape {
    if (channels != 1 && channels != 3) {
      throw new WorkbenchException("Images must have 1 (grey) or 3 (colour) channels, not " + channels + ".");
    }
    if (height < 1 || width < 1) {
      throw new WorkbenchException("An image size must be at least 1x1.");
    }
  }

  /**
   * The shape for a network trained from scratch on these images: the median height and width,
   * each clamped to {@value #MIN_SIDE}..{@value #MAX_SIDE}, in colour when any image has 3 or more
   * channels, else grey.
   *
   * @param widths image widths
   * @param heights image heights
   * @param channels image channel counts
   * @return the shape
   */
  public static ImageShape fromSizes(int[] widths, int[] heights, int[] channels) {
    if (widths.length == 0) {
      throw new WorkbenchException("The dataset has no images.");
    }
    boolean colour = Arrays.stream(channels).anyMatch(c -> c >= 3);
    return new ImageShape(colour ? 3 : 1, side(heights), side(widths));
  }

  private static int side(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int median = sorted[sorted.length / 2];
    return Math.max(MIN_SIDE, Math.min(MAX_SIDE, median));
  }

  /** Values per image: channels × height × width. */
  public int size() {
    return channels * height * width;
  }

  /** As text, for example {@code 1x8x8}. */
  @Override
  public String toString() {
    return channels + "x" + height + "x" + width;
  }
}
