package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

class RunRepositoryTest {
  @TempDir Path dir;
  private ProjectDatabase project;
  private long datasetId;

  @BeforeEach
  void open() {
    project = ProjectDatabase.open(dir);
    datasetId = Fixtures.save(project, "iris", Fixtures.numbered(5)).id();
  }

  @AfterEach
  void close() {
    project.close();
  }

  @Test
  void startRecordsARunningRunWithItsSettings() {
    TrainingSettings settings = Fixtures.settings("text");

    long runId = project.runs().start(datasetId, settings, Task.CLASSIFICATION, Fixtures.cpu(),
        Fixtures.versions(), Fixtures.split());

    RunInfo run = project.runs().find(runId).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
    assertThat(run.datasetId()).isEqualTo(datasetId);
    assertThat(run.datasetName()).isEqualTo("iris");
    assertThat(run.datasetVersion()).isEqualTo(1);
    assertThat(run.target()).isEqualTo("text");
    assertThat(run.task()).isEqualTo(Task.CLASSIFICATION);
    assertThat(run.modelKind()).isEqualTo(ModelKind.MLP);
    assertThat(run.hyperparameters()).containsExactlyEntriesOf(settings.asMap());
    assertThat(run.seed()).isEqualTo(42L);
    assertThat(run.device()).isEqualTo(Fixtures.cpu());
    assertThat(run.versions()).isEqualTo(Fixtures.versions());
    assertThat(run.startedAt()).isNotNull();
    assertThat(run.endedAt()).isNull();
    assertThat(run.modelId()).isNull();
    assertThat(run.testMetrics()).isNull();
  }

  @Test
  void epochsFinishAndMetricsRoundTrip() {
    long runId = project.runs().start(datasetId, Fixtures.settings("text"), Task.CLASSIFICATION, null, null, null);
    EpochMetrics one = new EpochMetrics(1, 0.9, 0.8, 0.5, 1234.5, 120);
    EpochMetrics two = new EpochMetrics(2, 0.7, Double.NaN, 0.6, 1300.0, 240);
    project.runs().addEpoch(runId, two);
    project.runs().addEpoch(runId, one);
    ModelInfo model = project.models().insert("iris-mlp", "mlp", "PyTorch", "runs/" + runId + "/model",
        Task.CLASSIFICATION, null, runId, datasetId);

    project.runs().finish(runId, RunStatus.COMPLETED, null, model.id(), Fixtures.classification());

    RunInfo run = project.runs().find(runId).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.endedAt()).isAfterOrEqualTo(run.startedAt());
    assertThat(run.modelId()).isEqualTo(model.id());
    assertThat(run.error()).isNull();
    assertThat(run.testMetrics()).usingRecursiveComparison().isEqualTo(Fixtures.classification());
    assertThat(run.device()).isNull();
    assertThat(run.versions()).isEmpty();
    assertThat(project.runs().curve(runId)).containsExactly(one, two);
  }

  @Test
  void reportingAnEpochAgainReplacesIt() {
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
    project.runs().addEpoch(runId, new EpochMetrics(1, 0.9, 0.8, 0.5, 10, 1));
    EpochMetrics again = new EpochMetrics(1, 0.5, 0.4, 0.3, 20, 2);

    project.runs().addEpoch(runId, again);

    assertThat(project.runs().curve(runId)).containsExactly(again);
  }

  @Test
  void failedRunKeepsItsErrorAndRegressionMetrics() {
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);

    project.runs().finish(runId, RunStatus.FAILED, "Out of memory on the GPU.", null, Fixtures.regression());

    RunInfo run = project.runs().find(runId).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error()).isEqualTo("Out of memory on the GPU.");
    assertThat(run.testMetrics()).isEqualTo(Fixtures.regression());
  }

  @Test
  void deviceCanBeRecordedLater() {
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
    DeviceInfo gpu = new DeviceInfo("gpu", "gpu(0)", "NVIDIA A10", 24L << 30, null);

    project.runs().updateDevice(runId, gpu, Map.of("pytorch", "2.7.1"));

    RunInfo run = project.runs().find(runId).orElseThrow();
    assertThat(run.device()).isEqualTo(gpu);
    assertThat(run.versions()).containsExactly(Map.entry("pytorch", "2.7.1"));
  }

  @Test
  void splitRoundTrips() {
    DataSplit split = Fixtures.split();
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, split);

    assertThat(project.runs().split(runId)).usingRecursiveComparison().isEqualTo(split);
  }

  @Test
  void missingSplitAndUnknownRunsFailPlainly() {
    long runId = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);

    assertThatThrownBy(() -> project.runs().split(runId)).isInstanceOf(WorkbenchException.class)
        .hasMessage("No data split is stored for run " + runId + ".");
    assertThatThrownBy(() -> project.runs().finish(999, RunStatus.CANCELLED, null, null, null))
        .isInstanceOf(WorkbenchException.class).hasMessage("There is no run with id 999 in this project.");
    assertThatThrownBy(() -> project.runs().start(999, Fixtures.settings("n"), Task.REGRESSION, null, null, null))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageStartingWith("Could not record the new training run.");
    assertThat(project.runs().find(999)).isEmpty();
    assertThat(project.runs().curve(999)).isEmpty();
  }

  @Test
  void listIsNewestFirst() {
    long first = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);
    long second = project.runs().start(datasetId, Fixtures.settings("n"), Task.REGRESSION, null, null, null);

    List<RunInfo> runs = project.runs().list();

    assertThat(runs).extracting(RunInfo::id).containsExactly(second, first);
  }
}
