package org.modelworkbench.app.desktop.stall;

import java.util.Arrays;

/**
 * The figures of one series of durations (the watchdog's probe latencies or its pulse gaps): how
 * many, the longest and a percentile. Not thread-safe: the watchdog adds on the FX thread only.
 */
final class StallStats {
  private long[] nanos = new long[1024];
  private int count;

  /** Adds one duration, in nanoseconds. */
  void add(long durationNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = durationNanos;
  }

  /** How many durations were added. */
  int count() {
    return count;
  }

  /** The longest duration in milliseconds, 0 when there is none. */
  double maxMillis() {
    long max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, nanos[i]);
    }
    return max / 1e6;
  }

  /**
   * The nearest-rank percentile in milliseconds: the smallest duration that at least {@code share}
   * of all durations do not exceed; 0 when there is none.
   *
   * @param share between 0 (exclusive) and 1, e.g. 0.99
   */
  double percentileMillis(double share) {
    if (share <= 0 || share > 1) {
      throw new IllegalArgumentException("share must be in (0, 1]: " + share);
    }
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(share * count);
    return sorted[Math.max(1, rank) - 1] / 1e6;
  }
}
