package org.modelworkbench.app.desktop.run;

import javafx.scene.paint.Color;

/**
 * Colours of the confusion-matrix heat map: right answers (the diagonal) in blue, mistakes in
 * orange-red, both darker the larger their share of the actual class.
 */
public final class HeatColors {
  private static final Color EMPTY = Color.web("#f6f8fa");
  private static final Color RIGHT = Color.web("#0969da");
  private static final Color WRONG = Color.web("#cf222e");

  private HeatColors() {}

  /** The share of the actual class a cell holds, between 0 and 1. */
  public static double share(long count, long rowTotal) {
    return rowTotal <= 0 ? 0 : Math.max(0, Math.min(1, (double) count / rowTotal));
  }

  /** The cell's background. */
  public static Color background(double share, boolean diagonal) {
    if (share <= 0) {
      return EMPTY;
    }
    double strength = 0.12 + 0.88 * Math.sqrt(share);
    return EMPTY.interpolate(diagonal ? RIGHT : WRONG, strength);
  }

  /** Whether text on that background should be white to stay readable. */
  public static boolean needsLightText(Color background) {
    double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
    return luminance < 0.55;
  }

  /** A colour as CSS, for example {@code #0969da}. */
  public static String css(Color color) {
    return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
        Math.round(color.getBlue() * 255));
  }
}
