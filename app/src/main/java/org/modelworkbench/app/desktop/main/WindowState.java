package org.modelworkbench.app.desktop.main;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/**
 * Where the main window was when it last closed: its normal (not maximised) bounds, whether it
 * was maximised, and the split positions. Kept in the settings file; {@link #placedOn} fits it to
 * the screens there are now. Plain values: tested without a screen.
 *
 * @param x the left edge of the normal bounds, or NaN to centre the window
 * @param y the top edge, or NaN to centre the window
 * @param width the width of the normal bounds
 * @param height the height of the normal bounds
 * @param maximized whether the window was maximised
 * @param sidebarDivider the sidebar's divider, a fraction of the width
 * @param jobsDivider the jobs panel's divider, a fraction of the centre's height
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, double sidebarDivider,
    double jobsDivider) {
  /** The smallest window the layout works in. */
  public static final double MIN_WIDTH = 900;
  /** The smallest window height the layout works in. */
  public static final double MIN_HEIGHT = 600;
  /** The sidebar's divider on a first start. */
  public static final double SIDEBAR_DIVIDER = 0.21;
  /** The jobs panel's divider on a first start. */
  public static final double JOBS_DIVIDER = 0.72;

  static final String PREFIX = "window.";
  /** How much of the window's top strip (where the title bar is) must be on a screen to reach it. */
  private static final double REACHABLE_WIDTH = 120;
  private static final double REACHABLE_HEIGHT = 30;

  /** A centred window of the given size with the first-start split positions. */
  public static WindowState centred(double width, double height) {
    return new WindowState(Double.NaN, Double.NaN, width, height, false, SIDEBAR_DIVIDER, JOBS_DIVIDER);
  }

  /** Whether the window is to be centred rather than placed at {@link #x()}, {@link #y()}. */
  public boolean isCentred() {
    return Double.isNaN(x) || Double.isNaN(y);
  }

  /**
   * Reads the state from the settings.
   *
   * @return the saved state, or empty when none was saved or it is unreadable
   */
  public static Optional<WindowState> read(SettingsFile settings) {
    try {
      double width = number(settings, "width");
      double height = number(settings, "height");
      if (!(width > 0 && height > 0)) {
        return Optional.empty();
      }
      return Optional.of(new WindowState(number(settings, "x"), number(settings, "y"), width, height,
          settings.get(PREFIX + "maximized").map(Boolean::parseBoolean).orElse(false),
          fraction(settings, "sidebarDivider", SIDEBAR_DIVIDER), fraction(settings, "jobsDivider", JOBS_DIVIDER)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Puts the state into the settings; {@link SettingsFile#save()} keeps it. */
  public void writeTo(SettingsFile settings) {
    settings.put(PREFIX + "x", isCentred() ? null : text(x));
    settings.put(PREFIX + "y", isCentred() ? null : text(y));
    settings.put(PREFIX + "width", text(width));
    settings.put(PREFIX + "height", text(height));
    settings.put(PREFIX + "maximized", Boolean.toString(maximized));
    settings.put(PREFIX + "sidebarDivider", text(sidebarDivider));
    settings.put(PREFIX + "jobsDivider", text(jobsDivider));
  }

  /**
   * The state fitted to the screens there are now: a window that would be off every screen (a
   * monitor that was unplugged) comes back centred at the default size; a window larger than the
   * screen it is on shrinks to it; the split positions stay.
   *
   * @param screens the screens' visual bounds ({@code Screen.getScreens()}), the primary first
   * @param defaultWidth the width of a first start
   * @param defaultHeight the height of a first start
   */
  public WindowState placedOn(List<Rectangle2D> screens, double defaultWidth, double defaultHeight) {
    if (screens.isEmpty()) {
      return this;
    }
    if (isCentred()) {
      return withBounds(Double.NaN, Double.NaN, fit(width, screens.get(0).getWidth(), MIN_WIDTH),
          fit(height, screens.get(0).getHeight(), MIN_HEIGHT));
    }
    Rectangle2D titleStrip = new Rectangle2D(x, y, Math.max(width, 1), Math.min(Math.max(height, 1), REACHABLE_HEIGHT));
    Optional<Rectangle2D> on = screens.stream().filter(screen -> reachable(titleStrip, screen)).findFirst();
    if (on.isEmpty()) {
      Rectangle2D primary = screens.get(0);
      return withBounds(Double.NaN, Double.NaN, fit(defaultWidth, primary.getWidth(), MIN_WIDTH),
          fit(defaultHeight, primary.getHeight(), MIN_HEIGHT));
    }
    Rectangle2D screen = on.get();
    double w = fit(width, screen.getWidth(), MIN_WIDTH);
    double h = fit(height, screen.getHeight(), MIN_HEIGHT);
    // Shrunk to fit, it moves onto the screen rather than hanging over its edge.
    double left = w < width ? clamp(x, screen.getMinX(), screen.getMaxX() - w) : x;
    double top = h < height ? clamp(y, screen.getMinY(), screen.getMaxY() - h) : y;
    return withBounds(left, Math.max(top, screen.getMinY()), w, h);
  }

  private WindowState withBounds(double left, double top, double w, double h) {
    return new WindowState(left, top, w, h, maximized, sidebarDivider, jobsDivider);
  }

  private static boolean reachable(Rectangle2D titleStrip, Rectangle2D screen) {
    double overlapWidth = Math.min(titleStrip.getMaxX(), screen.getMaxX()) - Math.max(titleStrip.getMinX(), screen.getMinX());
    double overlapHeight = Math.min(titleStrip.getMaxY(), screen.getMaxY()) - Math.max(titleStrip.getMinY(), screen.getMinY());
    return overlapWidth >= Math.min(REACHABLE_WIDTH, titleStrip.getWidth())
        && overlapHeight >= Math.min(REACHABLE_HEIGHT / 2, titleStrip.getHeight());
  }

  /** The size itself, at most the screen's, at least the minimum (unless the screen is smaller). */
  private static double fit(double size, double screen, double minimum) {
    return Math.min(Math.max(size, minimum), screen);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(value, Math.max(low, high)));
  }

  private static double number(SettingsFile settings, String key) {
    return settings.get(PREFIX + key).map(Double::parseDouble).orElse(Double.NaN);
  }

  private static double fraction(SettingsFile settings, String key, double fallback) {
    double value = number(settings, key);
    return value > 0.02 && value < 0.98 ? value : fallback;
  }

  private static String text(double value) {
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4f", value)).stripTrailingZeros().toPlainString();
  }
}
