package org.modelworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.ml.tensorflow.SavedModelTrainingRequest;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * {@code train --resume} continues a cancelled fine-tune of a TensorFlow SavedModel (built and
 * trained on digits 0–4 at test time), full or head, from its last epoch checkpoint to a completed
 * run.
 */
class SavedModelResumeCommandTest {
  private static final Path DIGITS = Path.of("../modules/ml/src/test/resources/digits");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EPOCHS = 6;

  @TempDir Path work;

  @Test
  void aCancelledFullFineTuneResumesToACompletedRun() throws Exception {
    Path base = baseModel();
    Path project = work.resolve("project");
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("import-model", base.toString(), "--name", "tiny").exitCode()).isZero();
    assertThat(cli.run("import", digits59().toString(), "--name", "digits59").exitCode()).isZero();
    long runId;
    try (Workbench workbench = Workbench.open(project)) {
      TrainingSettings d = TrainingSettings.defaults("class", ModelKind.CNN);
      TrainingSettings settings = new TrainingSettings("class", null, ModelKind.CNN, EPOCHS, 8,
          d.learningRate(), 7L, "cpu", 0, "tiny", d.hiddenUnits(), EPOCHS, d.validationFraction(),
          d.testFraction(), List.of());
      CancellationToken token = CancellationToken.none();
      RunInfo stopped = workbench.training().train(new TrainRequest(workbench.datasets().find("digits59"), settings,
          ImageOptions.defaults(), new SavedModelOptions("full", null), false), new TrainingObserver() {
            @Override
            public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
              if (epoch.epoch() == 2) {
                token.cancel();
              }
            }
          }, token);
      runId = stopped.id();
      assertThat(stopped.status()).as(stopped.error()).isEqualTo(RunStatus.CANCELLED);
      assertThat(workbench.training().canResume(stopped)).isTrue();
      assertThat(workbench.catalog().curve(runId)).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    }

    CliRunner.Result result = cli.run("train", "--resume", Long.toString(runId), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("runId").asLong()).isEqualTo(runId);
    assertThat(doc.get("status").asText()).isEqualTo("completed");
    assertThat(doc.get("metrics").get("accuracy").asDouble()).isPositive();

    try (Workbench workbench = Workbench.open(project)) {
      RunInfo done = workbench.catalog().run(runId);
      assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(workbench.training().canResume(done)).isFalse();
      assertThat(workbench.catalog().curve(runId).stream().map(EpochMetrics::epoch).toList())
          .isEqualTo(IntStream.rangeClosed(1, EPOCHS).boxed().toList());
      ModelInfo kept = workbench.catalog().modelOfRun(done);
      assertThat(kept.engine()).isEqualTo("TensorFlow");
      assertThat(kept.baseModelId()).isEqualTo(workbench.catalog().model("tiny").id());
      assertThat(kept.runId()).isEqualTo(runId);
    }
  }

  @Test
  void aCancelledHeadFineTuneResumesFromItsCheckpointToACompletedRun() throws Exception {
    Path base = baseModel();
    Path project = work.resolve("project");
    CliRunner cli = new CliRunner(project);
    assertThat(cli.run("import-model", base.toString(), "--name", "tiny").exitCode()).isZero();
    assertThat(cli.run("import", digits59().toString(), "--name", "digits59").exitCode()).isZero();
    int epochs = 20;
    TrainingSettings d = TrainingSettings.defaults("class", ModelKind.MLP);
    TrainingSettings settings = new TrainingSettings("class", null, ModelKind.MLP, epochs, d.batchSize(), 0.01,
        7L, "cpu", 0, "tiny", d.hiddenUnits(), epochs, d.validationFraction(), d.testFraction(), List.of());
    long runId;
    double uninterrupted;
    try (Workbench workbench = Workbench.open(project)) {
      RunInfo whole = workbench.training().train(new TrainRequest(workbench.datasets().find("digits59"), settings,
          ImageOptions.defaults(), new SavedModelOptions("head", null), false), new TrainingObserver() {},
          CancellationToken.none());
      assertThat(whole.status()).as(whole.error()).isEqualTo(RunStatus.COMPLETED);
      uninterrupted = ((org.modelworkbench.model.ClassificationMetrics) whole.testMetrics()).accuracy();

      CancellationToken token = CancellationToken.none();
      RunInfo stopped = workbench.training().train(new TrainRequest(workbench.datasets().find("digits59"), settings,
          ImageOptions.defaults(), new SavedModelOptions("head", null), false), new TrainingObserver() {
            @Override
            public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
              if (epoch.epoch() == 3) {
                token.cancel();
              }
            }
          }, token);
      runId = stopped.id();
      assertThat(stopped.status()).as(stopped.error()).isEqualTo(RunStatus.CANCELLED);
      assertThat(stopped.modelId()).isNull();
      assertThat(stopped.error()).contains("resume the run");
      // The run view offers Resume exactly when this says so.
      assertThat(workbench.training().canResume(stopped)).isTrue();
      assertThat(workbench.catalog().curve(runId)).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3);
    }

    CliRunner.Result result = cli.run("train", "--resume", Long.toString(runId), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("epoch 4/" + epochs).doesNotContain("epoch 3/");
    JsonNode doc = JSON.readTree(result.out());
    assertThat(doc.get("runId").asLong()).isEqualTo(runId);
    assertThat(doc.get("status").asText()).isEqualTo("completed");
    double resumed = doc.get("metrics").get("accuracy").asDouble();
    System.out.printf("head fine-tune on digits 5-9 (test rows): uninterrupted %.3f, cancelled after 3 epochs and "
        + "resumed %.3f%n", uninterrupted, resumed);
    assertThat(resumed).isGreaterThan(0.6);

    try (Workbench workbench = Workbench.open(project)) {
      RunInfo done = workbench.catalog().run(runId);
      assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(workbench.training().canResume(done)).isFalse();
      assertThat(workbench.catalog().curve(runId).stream().map(EpochMetrics::epoch).toList())
          .isEqualTo(IntStream.rangeClosed(1, epochs).boxed().toList());
      ModelInfo kept = workbench.catalog().modelOfRun(done);
      assertThat(kept.kind()).isEqualTo("savedmodel-head");
      assertThat(kept.baseModelId()).isEqualTo(workbench.catalog().model("tiny").id());
    }
  }

  /** A tiny SavedModel trained on digits 0–4. */
  private Path baseModel() throws Exception {
    Path untrained = work.resolve("untrained");
    TinySavedModel.build(untrained, 7);
    float[][] x = ImageTensors.load(files(0, 1, 2, 3, 4).toArray(Path[]::new), new long[] {1, 8, 8});
    int[] y = new int[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = i / 20;
    }
    Path trained = work.resolve("digits04");
    new SavedModelTrainer().train(new SavedModelTrainingRequest(untrained, x, y, x, y, new long[] {8, 8, 1},
        SavedModelRunner.SERVING, 20, 8, 20, 1, work.resolve("checkpoints"), trained),
        new TrainingListener() {}, CancellationToken.none());
    return trained;
  }

  /** Digits 5–9 as an image folder, one sub-folder per class. */
  private Path digits59() throws Exception {
    Path dir = work.resolve("digits59");
    for (Path file : files(5, 6, 7, 8, 9)) {
      Path target = dir.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName().toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    return dir;
  }

  private static List<Path> files(int... classes) throws Exception {
    List<Path> out = new ArrayList<>();
    for (int c : classes) {
      try (Stream<Path> files = Files.list(DIGITS.resolve(Integer.toString(c)))) {
        out.addAll(files.sorted().toList());
      }
    }
    return out;
  }
}
