package org.modelworkbench.app.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/** Side-by-side comparison of runs, without a screen. */
class RunComparisonTest {
  static RunInfo run(long id, double learningRate, RegressionMetrics metrics) {
    TrainingSettings settings = new TrainingSettings("price", Task.REGRESSION, ModelKind.MLP, 20, 32, learningRate, 42,
        "auto", 0, null, List.of(64, 32), 10, 0.15, 0.2, List.of());
    return new RunInfo(id, 1, "houses", 1, "price", Task.REGRESSION, ModelKind.MLP, settings.asMap(), 42,
        new DeviceInfo("auto", "cpu()", "CPU", 0, null), Map.of("djl", "0.36.0"), RunStatus.COMPLETED,
        Instant.EPOCH, Instant.EPOCH.plusSeconds(5), null, 10L + id, metrics);
  }

  @Test
  void flagsOnlyTheSettingsThatDiffer() {
    RunComparison comparison = RunComparison.of(List.of(run(1, 0.003, new RegressionMetrics(2.0, 1.5, 0.8, 100)),
        run(2, 0.01, new RegressionMetrics(1.5, 1.2, 0.9, 100))), Map.of());
    assertThat(comparison.differences()).extracting(RunComparison.ParameterRow::name).containsExactly("Learning rate");
    assertThat(comparison.differences().get(0).values()).containsExactly("0.003", "0.01");
    assertThat(comparison.parameters()).extracting(RunComparison.ParameterRow::name)
        .contains("Dataset", "Target", "Device", "Epochs", "Seed").doesNotContain("Task ");
    assertThat(comparison.parameters()).filteredOn(row -> row.name().equals("Dataset"))
        .extracting(row -> row.values().get(0)).containsExactly("houses · version 1");
    assertThat(comparison.parameters()).flatExtracting(RunComparison.ParameterRow::values)
        .noneMatch(value -> value.contains("@") || value.contains("cpu()"));
  }

  @Test
  void metricsCarryDeltasToTheFirstRunAndMarkTheBest() {
    RunComparison comparison = RunComparison.of(List.of(run(1, 0.003, new RegressionMetrics(2.0, 1.5, 0.8, 100)),
        run(2, 0.01, new RegressionMetrics(1.5, 1.2, 0.9, 100))), Map.of());
    RunComparison.MetricRow rmse = comparison.metrics().get(0);
    assertThat(rmse.label()).isEqualTo("RMSE");
    assertThat(rmse.deltas().get(0)).isEqualTo(0.0);
    assertThat(rmse.deltas().get(1)).isCloseTo(-0.5, within(1e-9));
    assertThat(rmse.best()).isEqualTo(1);
    RunComparison.MetricRow r2 = comparison.metrics().get(2);
    assertThat(r2.label()).isEqualTo("R²");
    assertThat(r2.best()).isEqualTo(1);
  }

  @Test
  void aRunWithoutMetricsLeavesGapsAndKeepsItsCurve() {
    RunInfo cancelled = run(3, 0.003, null);
    RunComparison comparison = RunComparison.of(List.of(run(1, 0.003, new RegressionMetrics(2.0, 1.5, 0.8, 100)),
        cancelled), Map.of(3L, List.of(new EpochMetrics(1, 1.0, 1.1, 2.0, 1000, 10))));
    assertThat(comparison.metrics().get(0).values()).containsExactly(2.0, null);
    assertThat(comparison.metrics().get(0).deltas().get(1)).isNull();
    assertThat(comparison.curve(3)).hasSize(1);
    assertThat(comparison.curve(1)).isEmpty();
  }

  @Test
  void aTieHasNoBestRun() {
    RunComparison comparison = RunComparison.of(List.of(run(1, 0.003, new RegressionMetrics(2.0, 1.5, 0.8, 100)),
        run(2, 0.01, new RegressionMetrics(2.0, 1.2, 0.8, 100))), Map.of());
    assertThat(comparison.metrics()).extracting(RunComparison.MetricRow::best).containsExactly(-1, 1, -1);
  }

  @Test
  void aLearningRateRecordedInExponentFormShowsAsAPlainDecimal() {
    assertThat(RunComparison.settingText("learning_rate", "3.0E-4")).isEqualTo("0.0003");
    assertThat(RunComparison.settingText("learning_rate", "0.01")).isEqualTo("0.01");
    assertThat(RunComparison.settingText("seed", "1E3")).isEqualTo("1E3");
  }
}
