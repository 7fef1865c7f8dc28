package org.modelworkbench.app.desktop.stall;

import java.util.Locale;

/**
 * What the watchdog saw during one phase (an import, a training run).
 *
 * @param phase the phase's name
 * @param seconds how long it lasted
 * @param probes how many probes ran on the FX thread
 * @param maxLatencyMs the longest wait of a probe from its posting to its run
 * @param p99LatencyMs the probes' 99th percentile wait
 * @param pulses how many pulses (frames) the FX thread ran
 * @param maxGapMs the longest time between two pulses
 * @param p99GapMs the pulse gaps' 99th percentile
 */
record PhaseResult(String phase, double seconds, int probes, double maxLatencyMs, double p99LatencyMs, int pulses,
    double maxGapMs, double p99GapMs) {

  /** The figures of a phase's two series. */
  static PhaseResult of(String phase, double seconds, StallStats latencies, StallStats gaps) {
    return new PhaseResult(phase, seconds, latencies.count(), latencies.maxMillis(),
        latencies.percentileMillis(0.99), gaps.count(), gaps.maxMillis(), gaps.percentileMillis(0.99));
  }

  /**
   * The longest stall the user could feel: the longer of the longest probe wait (an input event
   * posted then waits as long) and the longest pulse gap (no frame is drawn for that long).
   */
  double maxStallMs() {
    return Math.max(maxLatencyMs, maxGapMs);
  }

  /** One line of {@code key=value} pairs, which the benchmark script reads. */
  String line() {
    return String.format(Locale.ROOT, "phase=%s seconds=%.1f max_stall_ms=%.1f probes=%d max_latency_ms=%.1f"
        + " p99_latency_ms=%.1f pulses=%d max_gap_ms=%.1f p99_gap_ms=%.1f", phase, seconds, maxStallMs(), probes,
        maxLatencyMs, p99LatencyMs, pulses, maxGapMs, p99GapMs);
  }
}
