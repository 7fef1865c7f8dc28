package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;

/** Cancelling stops within the epoch and keeps the best model so far. */
class CancellationTest {
  @TempDir Path dir;

  @Test
  void cancelMidEpochReturnsThePartialCurveAndKeepsTheBestModel() {
    DataTable[] parts = TrainingFixtures.iris();
    CancellationToken cancel = new CancellationToken();
    int[] batchesAfterCancel = {0};
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onBatch(int epoch, int batch, int batchCount) {
        if (cancel.isCancelled()) {
          batchesAfterCancel[0]++;
        }
        if (epoch == 4 && batch == 2) {
          cancel.cancel();
        }
      }
    };

    TrainingOutcome outcome = new TabularTrainer().train(
        TrainingFixtures.irisRequest(parts, dir.resolve("model"), 100, 3), listener, cancel);

    assertThat(outcome.cancelled()).isTrue();
    assertThat(outcome.curve()).hasSize(3);
    assertThat(batchesAfterCancel[0]).isZero();
    assertThat(outcome.bestEpoch()).isBetween(1, 3);
    try (TabularModel model = TabularModel.load(dir.resolve("model"))) {
      assertThat(model.predict(parts[2]).size()).isEqualTo(parts[2].rowCount());
    }
  }

  @Test
  void cancelBeforeTheFirstBatchSavesNothing() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();

    TrainingOutcome outcome = new TabularTrainer().train(
        TrainingFixtures.irisRequest(TrainingFixtures.iris(), dir.resolve("none"), 100, 3),
        new TrainingListener() {}, cancel);

    assertThat(outcome.cancelled()).isTrue();
    assertThat(outcome.curve()).isEmpty();
    assertThat(outcome.bestEpoch()).isZero();
    assertThat(Files.exists(dir.resolve("none").resolve(ModelFiles.MANIFEST))).isFalse();
  }
}
