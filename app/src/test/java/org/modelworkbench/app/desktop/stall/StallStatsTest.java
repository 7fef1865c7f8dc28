package org.modelworkbench.app.desktop.stall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The watchdog's figures, from durations given by hand (no clock involved). */
class StallStatsTest {
  private static final long MS = 1_000_000L;

  @Test
  void emptySeriesHasNoFigures() {
    StallStats stats = new StallStats();
    assertEquals(0, stats.count());
    assertEquals(0.0, stats.maxMillis());
    assertEquals(0.0, stats.percentileMillis(0.99));
  }

  @Test
  void nearestRankPercentileOfAHundredDurations() {
    StallStats stats = new StallStats();
    // 1..100 ms in a shuffled order: the 99th percentile is the 99th smallest.
    for (int i = 0; i < 100; i++) {
      stats.add(((i * 37) % 100 + 1) * MS);
    }
    assertEquals(100, stats.count());
    assertEquals(100.0, stats.maxMillis());
    assertEquals(99.0, stats.percentileMillis(0.99));
    assertEquals(50.0, stats.percentileMillis(0.5));
    assertEquals(100.0, stats.percentileMillis(1.0));
  }

  @Test
  void oneLongStallAmongManyShortGapsShowsInTheMaxButNotThePercentile() {
    StallStats stats = new StallStats();
    for (int i = 0; i < 5000; i++) {
      stats.add(16_700_000L);
    }
    stats.add(250 * MS);
    assertEquals(5001, stats.count());
    assertEquals(250.0, stats.maxMillis());
    assertEquals(16.7, stats.percentileMillis(0.99), 1e-9);
  }

  @Test
  void refusesAShareOutsideZeroToOne() {
    StallStats stats = new StallStats();
    assertThrows(IllegalArgumentException.class, () -> stats.percentileMillis(0));
    assertThrows(IllegalArgumentException.class, () -> stats.percentileMillis(1.5));
  }

  @Test
  void phaseStallIsTheLongerOfProbeWaitAndPulseGap() {
    StallStats latencies = new StallStats();
    latencies.add(3 * MS);
    latencies.add(40 * MS);
    StallStats gaps = new StallStats();
    gaps.add(17 * MS);
    gaps.add(70 * MS);
    PhaseResult result = PhaseResult.of("import", 12.5, latencies, gaps);
    assertEquals(70.0, result.maxStallMs());
    assertEquals("phase=import seconds=12.5 max_stall_ms=70.0 probes=2 max_latency_ms=40.0 p99_latency_ms=40.0"
        + " pulses=2 max_gap_ms=70.0 p99_gap_ms=70.0", result.line());
  }
}
