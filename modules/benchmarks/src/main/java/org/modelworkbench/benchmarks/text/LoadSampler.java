package org.modelworkbench.benchmarks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the one-minute load average every 30 seconds while the benchmark runs, because these
 * machines are shared and the times only mean something beside the load they were taken under.
 */
public final class LoadSampler {
  private final List<Double> samples = new ArrayList<>();

  /** A sampler that has not started yet. */
  public LoadSampler() {}

  /** Starts sampling on a daemon thread. */
  public LoadSampler start() {
    Thread t = new Thread(() -> {
      while (true) {
        sample();
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "load-sampler");
    t.setDaemon(true);
    t.start();
    return this;
  }

  /** The current one-minute load average. */
  public static double now() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  private synchronized void sample() {
    samples.add(now());
  }

  /** "min / mean / max over N samples". */
  public synchronized String summary() {
    double min = samples.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
    double max = samples.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
    double mean = samples.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
    return String.format(Locale.ROOT, "%.1f min, %.1f mean, %.1f max (one-minute load, %d samples 30 s apart)",
        min, mean, max, samples.size());
  }
}
