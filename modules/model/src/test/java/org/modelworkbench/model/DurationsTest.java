package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one duration of a run and its one wording. */
class DurationsTest {
  private static final Instant START = Instant.parse("2026-03-14T09:26:00Z");

  private static RunInfo run(RunStatus status, Instant ended) {
    return new RunInfo(7, 1, "penguins", 1, "species", Task.CLASSIFICATION, ModelKind.MLP, Map.of(), 42, null,
        Map.of(), status, START, ended, null, null, null);
  }

  @Test
  void durationsReadAsPeopleSayThem() {
    assertThat(Durations.spoken(Duration.ofMillis(850))).isEqualTo("850 ms");
    assertThat(Durations.spoken(Duration.ofMillis(1_640))).isEqualTo("1.6 s");
    assertThat(Durations.spoken(Duration.ofMillis(9_990))).isEqualTo("9.9 s");
    assertThat(Durations.spoken(Duration.ofMillis(45_700))).isEqualTo("45 s");
    assertThat(Durations.spoken(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    assertThat(Durations.spoken(Duration.ofMinutes(62).plusSeconds(30))).isEqualTo("1 h 2 min");
    assertThat(Durations.spoken(null)).isEqualTo(Durations.NONE);
    assertThat(Durations.spoken(Duration.ofSeconds(-3))).isEqualTo(Durations.NONE);
  }

  @Test
  void aRunsDurationIsItsRecordedWallTime() {
    RunInfo done = run(RunStatus.COMPLETED, START.plusSeconds(125));
    assertThat(done.duration()).contains(Duration.ofSeconds(125));
    assertThat(done.durationText()).isEqualTo("2 min 5 s");
  }

  @Test
  void aRunWithoutAnEndHasNoDuration() {
    assertThat(run(RunStatus.RUNNING, null).duration()).isEmpty();
    assertThat(run(RunStatus.RUNNING, null).durationText()).isEqualTo("still running");
    assertThat(run(RunStatus.FAILED, null).durationText()).isEqualTo(Durations.NONE);
    // A clock set back during the run gives no negative time.
    assertThat(run(RunStatus.COMPLETED, START.minusSeconds(5)).duration()).isEmpty();
  }
}
