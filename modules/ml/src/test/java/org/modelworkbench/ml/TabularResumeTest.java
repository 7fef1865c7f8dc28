package org.modelworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tabular.TabularTrainer;
import org.modelworkbench.ml.tabular.TrainingFixtures;
import org.modelworkbench.ml.tabular.TrainingRequest;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/** A tabular run cancelled after two epochs continues from its checkpoint to the end. */
class TabularResumeTest {
  private static final int EPOCHS = 6;

  @TempDir Path dir;

  private TrainingRequest request(ModelKind kind) {
    DataTable[] parts = TrainingFixtures.iris();
    TrainingSettings settings = TrainingFixtures.settings("target", Task.CLASSIFICATION, kind,
        EPOCHS, 42, "cpu");
    return new TrainingRequest(parts[0], parts[1], TrainingFixtures.IRIS_FEATURES, "target",
        Task.CLASSIFICATION, settings, dir.resolve("model"), null, dir.resolve("checkpoints"));
  }

  @Test
  void anMlpCancelledAfterTwoEpochsResumesToAContinuousCurveAndAKeptModel() throws Exception {
    resumesAfterTwoEpochs(ModelKind.MLP);
  }

  @Test
  void aLinearModelResumesToo() throws Exception {
    resumesAfterTwoEpochs(ModelKind.LINEAR);
  }

  private void resumesAfterTwoEpochs(ModelKind kind) throws Exception {
    TrainingRequest request = request(kind);
    List<EpochMetrics> heard = new ArrayList<>();
    CancellationToken token = CancellationToken.none();
    TrainingOutcome stopped = new TabularTrainer().train(request, new TrainingListener() {
      @Override
      public void onEpoch(EpochMetrics epoch) {
        heard.add(epoch);
        if (epoch.epoch() == 2) {
          token.cancel();
        }
      }
    }, token);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(stopped.curve()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
    assertThat(TabularTrainer.hasCheckpoint(request.checkpointDir())).isTrue();
    assertThat(checkpointFolders(request.checkpointDir())).containsExactly("epoch-2");

    TrainingOutcome resumed = new TabularTrainer().resume(request, new TrainingListener() {
      @Override
      public void onEpoch(EpochMetrics epoch) {
        heard.add(epoch);
      }
    }, CancellationToken.none());

    assertThat(resumed.cancelled()).isFalse();
    List<Integer> epochs = resumed.curve().stream().map(EpochMetrics::epoch).toList();
    assertThat(epochs).isEqualTo(IntStream.rangeClosed(1, epochs.size()).boxed().toList());
    assertThat(epochs.size()).isGreaterThan(2);
    assertThat(resumed.curve().subList(0, 2)).isEqualTo(stopped.curve());
    assertThat(heard).extracting(EpochMetrics::epoch).isEqualTo(epochs);
    assertThat(resumed.bestEpoch()).isBetween(1, epochs.size());
    assertThat(checkpointFolders(request.checkpointDir()))
        .containsExactly("epoch-" + epochs.size());
    try (TabularModel model = TabularModel.load(request.modelDir())) {
      assertThat(model.kind()).isEqualTo(kind);
      assertThat(model.predict(request.validation()).predictedLabels()).hasSize(request.validation().rowCount());
    }
  }

  @Test
  void aFreshRunClearsOldCheckpointsAndResumeNeedsOne() {
    TrainingRequest request = request(ModelKind.LINEAR);
    new TabularTrainer().train(request, new TrainingListener() {}, CancellationToken.none());
    assertThat(TabularTrainer.hasCheckpoint(request.checkpointDir())).isTrue();
    TrainingRequest elsewhere = new TrainingRequest(request.train(), request.validation(),
        request.featureColumns(), request.target(), request.task(), request.settings(),
        dir.resolve("other"), null, dir.resolve("none"));
    assertThatThrownBy(() -> new TabularTrainer().resume(elsewhere, new TrainingListener() {},
        CancellationToken.none())).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("no checkpoint");
  }

  private static List<String> checkpointFolders(Path dir) throws Exception {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
