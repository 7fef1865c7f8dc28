package org.modelworkbench.app.desktop.charts;

/**
 * The ranges of a curve chart's axes, worked out from its points: whole epochs only, exactly the
 * epochs run; an accuracy axis never above 1.0 nor below 0; a single point in the middle of a
 * sensible range instead of a degenerate axis. Plain code, so it is tested without a screen.
 */
public final class CurveScale {
  /** Epoch ticks aimed at, at most; the step is a whole 1, 2, 5, 10, 20, ... */
  static final int EPOCH_TICKS = 8;
  /** Value ticks aimed at. */
  static final int VALUE_TICKS = 5;

  /**
   * An axis range.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param tick the distance between major ticks
   */
  public record Range(double lower, double upper, double tick) {}

  private CurveScale() {}

  /**
   * The epoch axis: a whole-number tick step, and an epoch of room before the first epoch and
   * after the last, so a single epoch sits in the middle. The lower bound is a multiple of the
   * step, so the ticks fall on 5, 10, 15 rather than 1, 6, 11; only the ticks of epochs that ran
   * get a label ({@link #labelled}).
   */
  public static Range epochs(int first, int last) {
    if (last < first) {
      return new Range(0, 2, 1);
    }
    double step = 1;
    while ((last - first + 1) / step > EPOCH_TICKS) {
      step = nextStep(step);
    }
    return new Range(Math.floor((first - 1) / step) * step, last + 1, step);
  }

  /** Whether an epoch tick gets a label: a whole epoch between the first and the last that ran. */
  public static boolean labelled(double tick, int first, int last) {
    return isWholeEpoch(tick) && tick >= first - 1e-9 && tick <= last + 1e-9;
  }

  /**
   * The value axis for points between {@code min} and {@code max}, with a little room above and
   * below. A share (accuracy) stays within 0 and 1; values that are never negative (a loss) do not
   * reach below 0. With no points ({@code min > max}) the axis spans 0 to 1.
   */
  public static Range values(double min, double max, boolean share) {
    if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      return new Range(0, 1, 0.2);
    }
    double span = max - min;
    double pad = span > 0 ? span * 0.1 : Math.max(Math.abs(max) * 0.1, 0.05);
    double lower = min - pad;
    double upper = max + pad;
    if (min >= 0) {
      lower = Math.max(0, lower);
    }
    if (share) {
      lower = Math.max(0, lower);
      upper = Math.min(1, upper);
    }
    double tick = niceStep((upper - lower) / VALUE_TICKS);
    lower = round(Math.floor(lower / tick + 1e-9) * tick, tick);
    upper = round(Math.ceil(upper / tick - 1e-9) * tick, tick);
    if (share) {
      lower = Math.max(0, lower);
      upper = Math.min(1, upper);
    }
    if (upper <= lower) {
      upper = lower + tick;
    }
    return new Range(lower, upper, tick);
  }

  /** Whether a tick is a whole epoch. */
  public static boolean isWholeEpoch(double value) {
    return Math.abs(value - Math.rint(value)) < 1e-9;
  }

  /** 1, 2, 5, 10, 20, 50, ... */
  private static double nextStep(double step) {
    double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    double digit = Math.round(step / power);
    return digit == 1 ? 2 * power : digit == 2 ? 5 * power : 10 * power;
  }

  /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code raw}. */
  private static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 0.1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
    return nice * power;
  }

  /** Removes floating-point dust such as 0.30000000000000004, keeping the tick's precision. */
  private static double round(double value, double tick) {
    double scale = Math.pow(10, Math.max(0, -Math.floor(Math.log10(tick)) + 2));
    return Math.round(value * scale) / scale;
  }
}
