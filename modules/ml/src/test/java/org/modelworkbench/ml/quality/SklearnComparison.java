package org.modelworkbench.ml.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.modelworkbench.ml.metrics.ClassificationMetricsCalculator;
import org.modelworkbench.ml.metrics.RegressionMetricsCalculator;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tabular.TabularTrainer;
import org.modelworkbench.ml.tabular.TrainingRequest;
import org.modelworkbench.ml.testing.TestTables;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Predictions;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;

/**
 * Quality check against scikit-learn (not a unit test: run by hand, see
 * {@code src/test/python/sklearn_baseline.py}). Trains our models on the sample datasets over
 * several seeds, writes each split's row indexes so the Python side scores sklearn on exactly the
 * same rows, and writes our test metrics to {@code ours.csv}.
 *
 * <p>Arguments: datasets folder, output folder, then optional {@code key=value} overrides of the
 * default settings: {@code seeds}, {@code kind} (mlp, linear or both), {@code hidden} (e.g.
 * 64,32), {@code lr}, {@code batch}, {@code patience}, {@code epochs}; a {@code linear.}
 * prefix (e.g. {@code linear.lr=0.03}) sets a value for the linear model only.
 *
 * <p>Run from {@code modules/ml} after {@code mvn test-compile} (offline), with the test class
 * path written by {@code mvn dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -DDJL_CACHE_DIR=$PWD/target/djl-cache \
 *   -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *   org.modelworkbench.ml.quality.SklearnComparison /work/shared/datasets /tmp/cmp seeds=20
 * /usr/bin/python3 src/test/python/sklearn_baseline.py /work/shared/datasets /tmp/cmp
 * </pre>
 */
public final class SklearnComparison {
  private record Dataset(String file, String target, Task task) {}

  private static final List<Dataset> DATASETS = List.of(
      new Dataset("iris.csv", "target", Task.CLASSIFICATION),
      new Dataset("wine.csv", "target", Task.CLASSIFICATION),
      new Dataset("breast_cancer.csv", "target", Task.CLASSIFICATION),
      new Dataset("penguins.csv", "species", Task.CLASSIFICATION),
      new Dataset("diabetes.csv", "target", Task.REGRESSION));

  private SklearnComparison() {}

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path datasets = Path.of(args[0]);
    Path out = Path.of(args[1]);
    java.util.Map<String, String> opts = new java.util.HashMap<>();
    for (String a : Arrays.copyOfRange(args, 2, args.length)) {
      opts.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    int seeds = Integer.parseInt(opts.getOrDefault("seeds", "5"));
    String kinds = opts.getOrDefault("kind", "both");
    Files.createDirectories(out.resolve("splits"));
    try (PrintWriter results = new PrintWriter(Files.newBufferedWriter(out.resolve("ours.csv")))) {
      results.println("dataset,seed,kind,metric,secondary,best_epoch,epochs,seconds");
      for (Dataset d : DATASETS) {
        DataTable table = TestTables.csv(datasets.resolve(d.file()));
        List<String> features = new ArrayList<>(table.columnNames());
        features.remove(d.target());
        for (int seed = 1; seed <= seeds; seed++) {
          String stratum = d.task() == Task.CLASSIFICATION ? d.target() : null;
          int[][] rows = TestTables.splitRows(table, stratum, seed, 0.15, 0.2);
          writeSplit(out.resolve("splits").resolve(name(d) + "_" + seed + ".txt"), rows);
          for (ModelKind kind : ModelKind.values()) {
            if (!kinds.equals("both") && !kind.label().equals(kinds)) {
              continue;
            }
            String line = run(d, table, features, rows, seed, kind, opts, out);
            results.println(line);
            results.flush();
            System.out.println(line);
          }
        }
      }
    }
  }

  private static String run(Dataset d, DataTable table, List<String> features, int[][] rows,
      long seed, ModelKind kind, java.util.Map<String, String> opts, Path out) {
    TrainingSettings s = TrainingSettings.defaults(d.target());
    String prefix = kind == ModelKind.LINEAR ? "linear." : "";
    java.util.function.BiFunction<String, Object, String> opt = (key, fallback) ->
        opts.getOrDefault(prefix + key, opts.getOrDefault(key, String.valueOf(fallback)));
    List<Integer> hidden = opts.containsKey("hidden")
        ? Arrays.stream(opts.get("hidden").split(",")).map(Integer::valueOf).toList()
        : s.hiddenUnits();
    TrainingSettings settings = new TrainingSettings(d.target(), d.task(), kind,
        Integer.parseInt(opt.apply("epochs", s.epochs())),
        Integer.parseInt(opt.apply("batch", s.batchSize())),
        Double.parseDouble(opt.apply("lr", s.learningRate())), seed, "cpu", 0,
        null, hidden, Integer.parseInt(opt.apply("patience", s.patience())),
        s.validationFraction(), s.testFraction(), List.of());
    Path modelDir = out.resolve("models").resolve(name(d) + "_" + seed + "_" + kind.label());
    DataTable test = table.selectRows(rows[2]);
    long start = System.nanoTime();
    TrainingOutcome outcome = new TabularTrainer().train(new TrainingRequest(
        table.selectRows(rows[0]), table.selectRows(rows[1]), features, d.target(), d.task(),
        settings, modelDir, null), new TrainingListener() {}, CancellationToken.none());
    double seconds = (System.nanoTime() - start) / 1e9;
    double metric;
    double secondary;
    try (TabularModel model = TabularModel.load(modelDir)) {
      Predictions p = model.predict(test);
      if (d.task() == Task.CLASSIFICATION) {
        var m = ClassificationMetricsCalculator.compute(
            test.textColumn(test.columnIndex(d.target())), p.probabilities(), model.classLabels());
        metric = m.accuracy();
        secondary = m.logLoss();
      } else {
        var m = RegressionMetricsCalculator.compute(
            test.numericColumn(test.columnIndex(d.target())), p.values());
        metric = m.r2();
        secondary = m.rmse();
      }
    }
    return String.format(Locale.ROOT, "%s,%d,%s,%.4f,%.4f,%d,%d,%.2f", name(d), seed,
        kind.label(), metric, secondary, outcome.bestEpoch(), outcome.curve().size(), seconds);
  }

  private static String name(Dataset d) {
    return d.file().replace(".csv", "");
  }

  private static void writeSplit(Path file, int[][] rows) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int[] part : rows) {
      lines.add(Arrays.stream(part).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
    }
    Files.write(file, lines);
  }
}
