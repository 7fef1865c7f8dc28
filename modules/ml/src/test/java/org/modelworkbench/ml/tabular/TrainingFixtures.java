package org.modelworkbench.ml.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.modelworkbench.ml.testing.TestTables;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/** Data and requests shared by the engine tests. */
public final class TrainingFixtures {
  public static final List<String> IRIS_FEATURES = List.of(
      "sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");

  private TrainingFixtures() {}

  /** Iris split 65/15/20, stratified: train, validation, test. */
  public static DataTable[] iris() {
    return TestTables.split(TestTables.resource("iris.csv"), "target", 7, 0.15, 0.2);
  }

  /** Default settings with another task, kind, epoch limit, seed and device. */
  public static TrainingSettings settings(String target, Task task, ModelKind kind, int epochs,
      long seed, String device) {
    TrainingSettings s = TrainingSettings.defaults(target);
    return new TrainingSettings(target, task, kind, epochs, s.batchSize(), s.learningRate(), seed,
        device, s.threads(), null, s.hiddenUnits(), s.patience(), s.validationFraction(),
        s.testFraction(), List.of());
  }

  /** The default settings of an iris classifier with a given epoch limit and seed. */
  static TrainingRequest irisRequest(DataTable[] parts, Path modelDir, int epochs, long seed) {
    return new TrainingRequest(parts[0], parts[1], IRIS_FEATURES, "target", Task.CLASSIFICATION,
        settings("target", Task.CLASSIFICATION, ModelKind.MLP, epochs, seed, "auto"), modelDir,
        null);
  }

  /**
   * A synthetic regression table: {@code y = 3 x1 - 2 x2 + 1.5 [member] + 4 [region = north]}
   * plus small noise, with some missing x2 cells. Columns x1, x2, member, region, y.
   */
  static DataTable linearTable(int rows, long seed) {
    Random random = new Random(seed);
    List<ColumnSchema> schema = List.of(
        new ColumnSchema("x1", ColumnType.DECIMAL),
        new ColumnSchema("x2", ColumnType.DECIMAL),
        new ColumnSchema("member", ColumnType.BOOLEAN),
        new ColumnSchema("region", ColumnType.CATEGORICAL),
        new ColumnSchema("y", ColumnType.DECIMAL));
    String[] regions = {"north", "south", "east"};
    List<Object[]> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian();
      boolean member = random.nextBoolean();
      String region = regions[random.nextInt(regions.length)];
      double y = 3 * x1 - 2 * x2 + (member ? 1.5 : 0) + (region.equals("north") ? 4 : 0)
          + 0.1 * random.nextGaussian();
      // Every 20th x2 is missing: the median fill plus the indicator must cope.
      out.add(new Object[] {x1, r % 20 == 0 ? null : x2, member, region, y});
    }
    return DataTable.fromRows(schema, out);
  }
}
