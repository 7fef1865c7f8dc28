package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.metrics.ClassificationMetricsCalculator;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Predictions;

/** Trains the default MLP on iris with the real PyTorch engine, then reloads it. */
class IrisTrainingTest {
  @TempDir static Path dir;
  static DataTable[] parts;
  static TrainingOutcome outcome;
  static final List<EpochMetrics> heard = new ArrayList<>();
  static DeviceInfo startedOn;
  static int batchCalls;

  @BeforeAll
  static void train() {
    parts = TrainingFixtures.iris();
    outcome = new TabularTrainer().train(
        TrainingFixtures.irisRequest(parts, dir.resolve("model"), 100, 42),
        new TrainingListener() {
          @Override
          public void onStart(DeviceInfo device, Map<String, String> versions) {
            startedOn = device;
          }

          @Override
          public void onEpoch(EpochMetrics epoch) {
            heard.add(epoch);
          }

          @Override
          public void onBatch(int epoch, int batch, int batchCount) {
            batchCalls++;
          }
        }, CancellationToken.none());
  }

  @Test
  void reachesHighTestAccuracy() {
    try (TabularModel model = TabularModel.load(dir.resolve("model"))) {
      ClassificationMetrics m = score(model, parts[2]);

      assertThat(m.accuracy()).isGreaterThan(0.9);
      assertThat(model.classLabels()).containsExactly("setosa", "versicolor", "virginica");
      assertThat(model.featureColumns()).isEqualTo(TrainingFixtures.IRIS_FEATURES);
      assertThat(model.target()).isEqualTo("target");
      assertThat(model.inputWidth()).isEqualTo(4);
    }
  }

  @Test
  void reportsEveryEpochAndKeepsTheBestOne() {
    assertThat(outcome.cancelled()).isFalse();
    assertThat(outcome.curve()).isEqualTo(heard).isNotEmpty();
    assertThat(outcome.curve()).extracting(EpochMetrics::epoch)
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, heard.size()).boxed().toList());
    int batchesPerEpoch = (parts[0].rowCount() + 31) / 32;
    assertThat(batchCalls).isEqualTo(batchesPerEpoch * heard.size());
    EpochMetrics best = outcome.curve().get(outcome.bestEpoch() - 1);
    assertThat(outcome.curve()).allSatisfy(e -> {
      assertThat(e.validationLoss()).isGreaterThanOrEqualTo(best.validationLoss());
      assertThat(e.rowsPerSecond()).isPositive();
      assertThat(e.validationMetric()).isBetween(0.0, 1.0);
    });
    // Early stopping: the run ends 10 epochs (the patience) after the best, or at the limit.
    assertThat(outcome.curve().size()).isIn(outcome.bestEpoch() + 10, 100);
    assertThat(outcome.versions()).containsOnlyKeys("djl", "pytorch", "java", "os");
    assertThat(outcome.versions().get("djl")).isEqualTo("0.36.0");
    assertThat(outcome.device()).isEqualTo(startedOn);
    assertThat(outcome.device().id()).isEqualTo("cpu()");
  }

  @Test
  void savedModelReproducesTheBestEpochsValidationScores() {
    EpochMetrics best = outcome.curve().get(outcome.bestEpoch() - 1);
    try (TabularModel model = TabularModel.load(dir.resolve("model"))) {
      ClassificationMetrics m = score(model, parts[1]);

      assertThat(m.accuracy()).isEqualTo(best.validationMetric());
      assertThat(m.logLoss()).isCloseTo(best.validationLoss(), within(1e-5));
    }
  }

  @Test
  void predictionsAreProbabilitiesWithArgmaxLabels() {
    try (TabularModel model = TabularModel.load(dir.resolve("model"))) {
      Predictions p = model.predict(parts[2]);

      assertThat(p.size()).isEqualTo(parts[2].rowCount());
      assertThat(p.classLabels()).isEqualTo(model.classLabels());
      for (int r = 0; r < p.size(); r++) {
        double[] row = p.probabilities()[r];
        assertThat(row[0] + row[1] + row[2]).isCloseTo(1.0, within(1e-9));
        int argmax = row[0] >= row[1] && row[0] >= row[2] ? 0 : row[1] >= row[2] ? 1 : 2;
        assertThat(p.predictedLabels()[r]).isEqualTo(model.classLabels().get(argmax));
      }
    }
  }

  private static ClassificationMetrics score(TabularModel model, DataTable rows) {
    Predictions p = model.predict(rows);
    return ClassificationMetricsCalculator.compute(
        rows.textColumn(rows.columnIndex("target")), p.probabilities(), model.classLabels());
  }
}
