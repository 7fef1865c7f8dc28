package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/** {@code train --resume} continues a stopped tabular run to a completed run with a kept model. */
class TabularResumeCommandTest {
  private static final Path IRIS = Path.of("../resources/samples/iris.csv");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EPOCHS = 8;

  @TempDir Path work;

  @Test
  void aCancelledMlpRunResumesFromTheCommandLineToACompletedRun() throws Exception {
    Path project = work.resolve("project");
    long runId;
    try (Workbench workbench = Workbench.open(project)) {
      workbench.datasets().importCsv(IRIS, "iris", false, ProgressListener.NONE,
          CancellationToken.none());
      DatasetInfo iris = workbench.datasets().find("iris");
      TrainingSettings d = TrainingSettings.defaults("target", ModelKind.MLP);
      TrainingSettings settings = new TrainingSettings("target", null, ModelKind.MLP, EPOCHS,
          d.batchSize(), d.learningRate(), 7L, "cpu", 0, null, d.hiddenUnits(), EPOCHS,
          d.validationFraction(), d.testFraction(), List.of());
      CancellationToken token = CancellationToken.none();
      RunInfo stopped = workbench.training().train(TrainRequest.of(iris, settings), new TrainingObserver() {
        @Override
        public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
          if (epoch.epoch() == 2) {
            token.cancel(); // like a kill: the run stops within the next batch
          }
        }
      }, token);
      runId = stopped.id();
      assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
      assertThat(workbench.training().canResume(stopped)).isTrue();
      assertThat(workbench.catalog().curve(runId)).extracting(EpochMetrics::epoch)
          .containsExactly(1, 2);
    }

    CliRunner.Result result = new CliRunner(project)
        .run("train", "--resume", Long.toString(runId), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("runId").asLong()).isEqualTo(runId);
    assertThat(doc.get("status").asText()).isEqualTo("completed");
    assertThat(doc.get("metrics").get("accuracy").asDouble()).isPositive();

    try (Workbench workbench = Workbench.open(project)) {
      RunInfo done = workbench.catalog().run(runId);
      assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(workbench.training().canResume(done)).isFalse();
      List<Integer> epochs = workbench.catalog().curve(runId).stream()
          .map(EpochMetrics::epoch).toList();
      assertThat(epochs).isEqualTo(IntStream.rangeClosed(1, EPOCHS).boxed().toList());
      assertThat(workbench.catalog().modelOfRun(done)).isNotNull();
    }
  }
}
