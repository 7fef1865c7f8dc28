package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.metrics.RegressionMetricsCalculator;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** Regression with the real engine on a synthetic linear dataset with mixed column types. */
class RegressionTrainingTest {
  static final List<String> FEATURES = List.of("x1", "x2", "member", "region");

  @TempDir Path dir;

  @Test
  void learnsALinearTargetInItsOwnUnits() {
    DataTable train = TrainingFixtures.linearTable(400, 1);
    DataTable validation = TrainingFixtures.linearTable(100, 2);
    DataTable test = TrainingFixtures.linearTable(200, 3);
    TrainingRequest request = new TrainingRequest(train, validation, FEATURES, "y",
        Task.REGRESSION, TrainingFixtures.settings("y", Task.REGRESSION, ModelKind.MLP, 60, 5,
        "cpu"), dir.resolve("model"), null);

    TrainingOutcome outcome = new TabularTrainer().train(request, new TrainingListener() {},
        CancellationToken.none());

    try (TabularModel model = TabularModel.load(dir.resolve("model"))) {
      Predictions p = model.predict(test.selectColumns(FEATURES));
      RegressionMetrics m = RegressionMetricsCalculator.compute(
          test.numericColumn(test.columnIndex("y")), p.values());

      assertThat(m.r2()).isGreaterThan(0.9);
      assertThat(model.task()).isEqualTo(Task.REGRESSION);
      assertThat(model.classLabels()).isEmpty();
      assertThat(p.predictedLabels()).isNull();
      // x1, x2 and its missing flag, member, three regions.
      assertThat(model.inputWidth()).isEqualTo(7);
      // The curve's metric is the validation RMSE in the target's units, so it can be compared
      // with the noise level (0.1) and the target's spread (about 4).
      double bestRmse = outcome.curve().get(outcome.bestEpoch() - 1).validationMetric();
      assertThat(bestRmse).isLessThan(1.0);
    }
  }

  @Test
  void linearModelFitsTooAndTheTargetMayHaveGaps() {
    DataTable train = withMissingTargets(TrainingFixtures.linearTable(300, 4));
    TrainingRequest request = new TrainingRequest(train, TrainingFixtures.linearTable(80, 5),
        FEATURES, "y", Task.REGRESSION, TrainingFixtures.settings("y", Task.REGRESSION,
        ModelKind.LINEAR, 80, 5, "cpu"), dir.resolve("linear"), null);

    new TabularTrainer().train(request, new TrainingListener() {}, CancellationToken.none());

    DataTable test = TrainingFixtures.linearTable(200, 6);
    try (TabularModel model = TabularModel.load(dir.resolve("linear"))) {
      RegressionMetrics m = RegressionMetricsCalculator.compute(
          test.numericColumn(test.columnIndex("y")), model.predict(test).values());
      assertThat(m.r2()).isGreaterThan(0.9);
    }
  }

  @Test
  void textTargetIsRejectedForRegression() {
    DataTable[] iris = TrainingFixtures.iris();
    TrainingRequest request = new TrainingRequest(iris[0], iris[1],
        TrainingFixtures.IRIS_FEATURES, "target", Task.REGRESSION,
        TrainingFixtures.settings("target", Task.REGRESSION, ModelKind.MLP, 5, 1, "cpu"),
        dir.resolve("m"), null);

    assertThatThrownBy(() -> new TabularTrainer().train(request, new TrainingListener() {},
        CancellationToken.none()))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The target 'target' holds categorical values; regression needs a numeric"
            + " target.");
  }

  /** Blanks every 10th target value. */
  private static DataTable withMissingTargets(DataTable table) {
    Object[][] columns = new Object[table.columnCount()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = table.columnValues(c);
    }
    int y = table.columnIndex("y");
    for (int r = 0; r < table.rowCount(); r += 10) {
      columns[y][r] = null;
    }
    return new DataTable(table.columns(), columns);
  }
}
