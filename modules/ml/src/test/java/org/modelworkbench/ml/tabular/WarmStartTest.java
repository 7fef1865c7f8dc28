package org.modelworkbench.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;

/** Fine-tuning from a saved model, and the errors when the new data does not fit it. */
class WarmStartTest {
  @TempDir static Path dir;
  static DataTable[] parts;
  static TrainingOutcome base;

  @BeforeAll
  static void trainBase() {
    parts = TrainingFixtures.iris();
    base = new TabularTrainer().train(
        TrainingFixtures.irisRequest(parts, dir.resolve("base"), 100, 11),
        new TrainingListener() {}, CancellationToken.none());
  }

  @Test
  void startsFromTheBaseModelsParameters() {
    TrainingRequest fresh = TrainingFixtures.irisRequest(parts, dir.resolve("fresh"), 1, 12);
    TrainingRequest warm = withBase(fresh, dir.resolve("warm"), dir.resolve("base"));

    TrainingOutcome freshRun = train(fresh);
    TrainingOutcome warmRun = train(warm);

    // One epoch from random weights is far from the base's best; from the base it is close.
    double baseBest = base.curve().get(base.bestEpoch() - 1).validationLoss();
    assertThat(warmRun.curve().get(0).validationLoss())
        .isLessThan(freshRun.curve().get(0).validationLoss())
        .isLessThan(baseBest + 0.1);
    try (TabularModel model = TabularModel.load(dir.resolve("warm"))) {
      assertThat(model.classLabels()).containsExactly("setosa", "versicolor", "virginica");
    }
  }

  @Test
  void fewerColumnsThanTheBaseIsAnError() {
    List<String> three = TrainingFixtures.IRIS_FEATURES.subList(0, 3);
    TrainingRequest r = TrainingFixtures.irisRequest(parts, dir.resolve("x"), 5, 1);
    TrainingRequest narrow = new TrainingRequest(r.train(), r.validation(), three, r.target(),
        r.task(), r.settings(), dir.resolve("narrow"), dir.resolve("base"));

    assertThatThrownBy(() -> train(narrow))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The base model 'base' expects 4 input features but this dataset gives 3."
            + " Missing columns: [petal width (cm)].");
  }

  @Test
  void newClassesAreAnError() {
    DataTable relabelled = relabel(parts[0], "virginica", "hybrid");
    TrainingRequest r = TrainingFixtures.irisRequest(parts, dir.resolve("x"), 5, 1);
    TrainingRequest request = new TrainingRequest(relabelled, r.validation(),
        r.featureColumns(), r.target(), r.task(), r.settings(), dir.resolve("classes"),
        dir.resolve("base"));

    assertThatThrownBy(() -> train(request))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The base model 'base' knows the classes [setosa, versicolor, virginica]"
            + " but this dataset also has [hybrid].");
  }

  @Test
  void anotherTaskIsAnError() {
    DataTable numericTarget = relabelAsNumbers(parts[0]);
    TrainingRequest r = TrainingFixtures.irisRequest(parts, dir.resolve("x"), 5, 1);
    TrainingRequest request = new TrainingRequest(numericTarget, relabelAsNumbers(parts[1]),
        r.featureColumns(), "target", Task.REGRESSION,
        TrainingFixtures.settings("target", Task.REGRESSION, ModelKind.MLP, 5, 1, "cpu"),
        dir.resolve("task"), dir.resolve("base"));

    assertThatThrownBy(() -> train(request))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("The base model 'base' is a classification model but this run is"
            + " regression.");
  }

  @Test
  void aFolderWithoutAModelIsAnError() {
    TrainingRequest r = TrainingFixtures.irisRequest(parts, dir.resolve("y"), 5, 1);

    assertThatThrownBy(() -> train(withBase(r, dir.resolve("z"), dir.resolve("nothing-here"))))
        .isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("holds no saved model");
  }

  private static TrainingOutcome train(TrainingRequest request) {
    return new TabularTrainer().train(request, new TrainingListener() {},
        CancellationToken.none());
  }

  private static TrainingRequest withBase(TrainingRequest r, Path modelDir, Path baseDir) {
    return new TrainingRequest(r.train(), r.validation(), r.featureColumns(), r.target(),
        r.task(), r.settings(), modelDir, baseDir);
  }

  private static DataTable relabel(DataTable table, String from, String to) {
    Object[][] columns = new Object[table.columnCount()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = table.columnValues(c);
    }
    Object[] target = columns[table.columnIndex("target")];
    for (int r = 0; r < target.length; r++) {
      if (from.equals(target[r])) {
        target[r] = to;
      }
    }
    return new DataTable(table.columns(), columns);
  }

  /** The same rows with the class replaced by its position, as a numeric column. */
  private static DataTable relabelAsNumbers(DataTable table) {
    List<ColumnSchema> schema = new java.util.ArrayList<>(table.columns());
    int t = table.columnIndex("target");
    schema.set(t, new ColumnSchema("target", ColumnType.DECIMAL));
    Object[][] columns = new Object[table.columnCount()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = table.columnValues(c);
    }
    for (int r = 0; r < table.rowCount(); r++) {
      columns[t][r] = (double) List.of("setosa", "versicolor", "virginica").indexOf(columns[t][r]);
    }
    return new DataTable(schema, columns);
  }
}
