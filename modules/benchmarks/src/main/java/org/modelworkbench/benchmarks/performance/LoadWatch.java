package org.modelworkbench.benchmarks.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modelworkbench.benchmarks.text.LoadSampler;

/**
 * Reads the one-minute load average before each measurement and remembers the busy moments. The
 * benchmark itself keeps about one core busy (each side runs on one thread), so the machine counts
 * as busy when the load reaches three quarters of the cores plus that one: then others were
 * competing for the cores and the figures are suspect.
 */
final class LoadWatch {
  private final int cores;
  private final double busyAbove;
  private final List<String> busy = new ArrayList<>();
  private double highest;

  /** @param cores the machine's cores */
  LoadWatch(int cores) {
    this.cores = cores;
    this.busyAbove = busyThreshold(cores);
  }

  /** The load above which the machine is called busy, for {@code cores} cores. */
  static double busyThreshold(int cores) {
    return Math.max(1.0, cores * 0.75);
  }

  /**
   * Notes the load before a measurement.
   *
   * @param what the measurement, for the warning
   * @return "load 1.23" (with "BUSY" when above the threshold), for the log line
   */
  synchronized String before(String what) {
    double load = LoadSampler.now();
    highest = Double.isNaN(load) ? highest : Math.max(highest, load);
    if (load > busyAbove) {
      busy.add(String.format(Locale.ROOT, "%s (load %.2f)", what, load));
      return String.format(Locale.ROOT, "load %.2f BUSY", load);
    }
    return String.format(Locale.ROOT, "load %.2f", load);
  }

  /** The highest load seen before a measurement. */
  synchronized double highest() {
    return highest;
  }

  /** The warning for the end of the report, or an empty string when the machine stayed quiet. */
  synchronized String warning() {
    if (busy.isEmpty()) {
      return "";
    }
    return String.format(Locale.ROOT, "WARNING: the machine was busy (one-minute load above %.2f on %d cores)"
        + " before %d of the measurements, e.g. %s. Their figures are noisy; rerun on a quiet machine.",
        busyAbove, cores, busy.size(), String.join("; ", busy.subList(0, Math.min(3, busy.size()))));
  }
}
