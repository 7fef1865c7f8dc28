package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.EpochMetrics;

/** The same seed on the same data gives the same curve and the same saved model. */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void sameSeedGivesIdenticalCurvesAndParameters() throws Exception {
    DataTable[] parts = TrainingFixtures.iris();

    TrainingOutcome first = train(parts, "a", 7);
    TrainingOutcome second = train(parts, "b", 7);
    TrainingOutcome otherSeed = train(parts, "c", 8);

    assertThat(scores(second.curve())).isEqualTo(scores(first.curve()));
    assertThat(second.bestEpoch()).isEqualTo(first.bestEpoch());
    assertThat(Files.readAllBytes(dir.resolve("b").resolve(ModelFiles.PARAMETERS)))
        .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(ModelFiles.PARAMETERS)));
    assertThat(scores(otherSeed.curve())).isNotEqualTo(scores(first.curve()));
  }

  private TrainingOutcome train(DataTable[] parts, String folder, long seed) {
    return new TabularTrainer().train(
        TrainingFixtures.irisRequest(parts, dir.resolve(folder), 15, seed),
        new TrainingListener() {}, CancellationToken.none());
  }

  /** The curve without its timings, which differ from run to run. */
  private static List<List<Double>> scores(List<EpochMetrics> curve) {
    return curve.stream()
        .map(e -> List.of((double) e.epoch(), e.trainLoss(), e.validationLoss(),
            e.validationMetric()))
        .toList();
  }
}
