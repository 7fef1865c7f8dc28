package org.modelworkbench.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.ValueCount;

/** Realistic report contents for tests: what the services would hand the writers. */
final class ReportFixtures {
  static final String HOSTILE = "<script>alert(1)</script>";
  static final String AMPERSAND_QUOTES = "&\"'";
  static final Instant STARTED = Instant.parse("2025-03-14T08:10:00Z");
  static final Instant GENERATED = Instant.parse("2025-03-14T09:26:00Z");

  private ReportFixtures() {}

  /** A completed three-class run: subscription plan from customer data. */
  static ReportContent threeClasses() {
    List<String> labels = List.of("basic", "standard", "premium");
    long[][] matrix = {{412, 31, 7}, {28, 298, 24}, {5, 19, 176}};
    return classification("Plan model, run 42", "customer_plans", "plan", labels, matrix, 0.9412,
        List.of(new ValueCount("basic", 2_250), new ValueCount("standard", 1_750),
            new ValueCount("premium", 1_000)), RunStatus.COMPLETED);
  }

  /** A completed yes/no run: will the customer churn. */
  static ReportContent binary() {
    List<String> labels = List.of("no", "yes");
    long[][] matrix = {{1_304, 96}, {141, 459}};
    return classification("Churn model, run 7", "customer_churn", "churned", labels, matrix, 0.8931,
        List.of(new ValueCount("no", 7_000), new ValueCount("yes", 3_000)), RunStatus.COMPLETED);
  }

  /** A completed run whose class labels and column names try to break out of the HTML. */
  static ReportContent hostile() {
    List<String> labels = List.of(HOSTILE, AMPERSAND_QUOTES, "Ünïcødé", "中文");
    long[][] matrix = {{50, 3, 1, 0}, {4, 40, 2, 1}, {0, 2, 33, 5}, {1, 0, 4, 29}};
    ReportContent base = classification("Odd names <b>run</b> & co", "weird " + HOSTILE, HOSTILE, labels,
        matrix, 0.8867, List.of(new ValueCount(HOSTILE, 270), new ValueCount(AMPERSAND_QUOTES, 235),
            new ValueCount("Ünïcødé", 200), new ValueCount("中文", 170)), RunStatus.COMPLETED);
    List<ColumnProfile> columns = new ArrayList<>(base.dataset().columns());
    columns.add(numeric(AMPERSAND_QUOTES, ColumnType.DECIMAL, 3, 0.5, 99.5, 41.2));
    columns.add(categorical(HOSTILE, 4, List.of(new ValueCount(HOSTILE, 270))));
    DatasetInfo data = base.dataset();
    DatasetInfo hostileData = new DatasetInfo(data.id(), data.name(), data.version(),
        "C:\\exports\\" + HOSTILE + ".csv", data.sha256(), data.rows(), columns, data.rejectedRows(),
        data.importedAt());
    return new ReportContent(base.title(), hostileData, base.classBalance(), base.run(), base.model(),
        base.curve(), base.testMetrics(), base.generatedAt());
  }

  /** Class names of a Unicode report, in Greek, Cyrillic, Polish, Czech and Turkish. */
  static final List<String> WORLD_LABELS = List.of("Ωmega", "Жук", "Łódź", "Žluťoučký kůň", "İğdır");
  /** A Chinese class name. */
  static final String TOKYO = "東京";

  /**
   * A completed run from analysts outside Western Europe: class names, the dataset, the target and
   * a long column name in several scripts, plus a Chinese class.
   */
  static ReportContent world() {
    List<String> labels = new ArrayList<>(WORLD_LABELS);
    labels.add(TOKYO);
    int n = labels.size();
    long[][] matrix = new long[n][n];
    List<ValueCount> balance = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      for (int j = 0; j < n; j++) {
        matrix[k][j] = k == j ? 80 - 3L * k : (k + j) % 3;
      }
      balance.add(new ValueCount(labels.get(k), 500 - 40L * k));
    }
    ReportContent base = classification("Модель «Жук», ελληνικά και Łódź — run 12", "zbiór_danych_Łódź",
        "κατηγορία", labels, matrix, 0.9133, balance, RunStatus.COMPLETED);
    List<ColumnProfile> columns = new ArrayList<>(base.dataset().columns());
    columns.add(numeric("średnia_temperatura_powietrza_w_województwie_łódzkim_" + "ąęśćźż".repeat(6),
        ColumnType.DECIMAL, 2, -20.5, 38.25, 9.75));
    columns.add(categorical("город", 0, List.of(new ValueCount("Санкт-Петербург", 220),
        new ValueCount(TOKYO, 180))));
    DatasetInfo d = base.dataset();
    DatasetInfo data = new DatasetInfo(d.id(), d.name(), d.version(), d.sourceFile(), d.sha256(), d.rows(),
        columns, d.rejectedRows(), d.importedAt());
    return new ReportContent(base.title(), data, base.classBalance(), base.run(), base.model(), base.curve(),
        base.testMetrics(), base.generatedAt());
  }

  /** A completed regression run: house prices. */
  static ReportContent regression() {
    List<ColumnProfile> columns = List.of(
        numeric("living_area_m2", ColumnType.DECIMAL, 0, 28.0, 412.5, 118.37),
        numeric("rooms", ColumnType.INTEGER, 12, 1, 11, 4.21),
        categorical("district", 0, List.of(new ValueCount("north", 3_100))),
        new ColumnProfile("built", ColumnType.DATE, 40, 3_120, (double) LocalDate.of(1950, 1, 1).toEpochDay(),
            (double) LocalDate.of(2023, 6, 30).toEpochDay(), (double) LocalDate.of(1988, 4, 2).toEpochDay(),
            null, List.of(), List.of()),
        new ColumnProfile("has_garden", ColumnType.BOOLEAN, 0, 2, 0.0, 1.0, 0.62, null, List.of(), List.of()),
        numeric("price", ColumnType.DECIMAL, 0, 48_000, 1_250_000, 312_480.5));
    DatasetInfo data = dataset(11, "house_prices", 2, "houses_2024.csv", 9_870, columns, 0);
    Map<String, String> hyper = settings("price", Task.REGRESSION, ModelKind.MLP);
    RunInfo run = run(51, data, "price", Task.REGRESSION, ModelKind.MLP, hyper, RunStatus.COMPLETED, null);
    Metrics metrics = new RegressionMetrics(23_456.71, 15_201.3, 0.8734, 1_974);
    RunInfo done = withMetrics(run, metrics, 901L);
    return new ReportContent("House price model, run 51", data, List.of(), done,
        model(901, "house-price-mlp", Task.REGRESSION, 51, data.id()), regressionCurve(30),
        metrics, GENERATED);
  }

  /** A run the user cancelled after four epochs: a curve, but no model and no test metrics. */
  static ReportContent cancelled() {
    ReportContent base = threeClasses();
    RunInfo r = base.run();
    RunInfo cancelled = new RunInfo(43, r.datasetId(), r.datasetName(), r.datasetVersion(), r.target(),
        r.task(), r.modelKind(), r.hyperparameters(), r.seed(), r.device(), r.versions(), RunStatus.CANCELLED,
        r.startedAt(), r.startedAt().plusSeconds(95), null, null, null);
    return new ReportContent("Plan model, run 43 (cancelled)", base.dataset(), base.classBalance(), cancelled,
        null, base.curve().subList(0, 4), null, GENERATED);
  }

  /** The three-class run with a dataset of many columns, to force long tables across pages. */
  static ReportContent manyColumns(int count) {
    ReportContent base = threeClasses();
    List<ColumnProfile> columns = new ArrayList<>(base.dataset().columns());
    for (int i = 1; i <= count; i++) {
      columns.add(numeric("sensor_reading_" + i, ColumnType.DECIMAL, i % 7, -12.5 * i, 40.25 * i, 3.3 * i));
    }
    DatasetInfo d = base.dataset();
    DatasetInfo wide = new DatasetInfo(d.id(), d.name(), d.version(), d.sourceFile(), d.sha256(), d.rows(),
        columns, d.rejectedRows(), d.importedAt());
    return new ReportContent(base.title(), wide, base.classBalance(), base.run(), base.model(), base.curve(),
        base.testMetrics(), base.generatedAt());
  }

  /** A completed run with many classes (product categories), to test what no longer fits. */
  static ReportContent manyClasses(int n) {
    List<String> labels = new ArrayList<>();
    List<ValueCount> balance = new ArrayList<>();
    long[][] matrix = new long[n][n];
    for (int k = 0; k < n; k++) {
      labels.add("category_" + (k + 1));
      balance.add(new ValueCount("category_" + (k + 1), 400 - 5L * k));
      for (int j = 0; j < n; j++) {
        matrix[k][j] = k == j ? 60 - k / 2 : (k + j) % 7 == 0 ? 3 : 0;
      }
    }
    return classification("Category model, run 9", "products", "category", labels, matrix, 0.9711,
        balance, RunStatus.COMPLETED);
  }

  private static ReportContent classification(String title, String datasetName, String target,
      List<String> labels, long[][] matrix, double rocAuc, List<ValueCount> balance, RunStatus status) {
    long rows = balance.stream().mapToLong(ValueCount::count).sum();
    List<ColumnProfile> columns = List.of(
        numeric("customer_id", ColumnType.INTEGER, 0, 100_001, 100_000 + rows, 100_000 + rows / 2.0),
        numeric("tenure_months", ColumnType.INTEGER, 14, 0, 72, 32.42),
        numeric("monthly_charges", ColumnType.DECIMAL, 231, 18.25, 118.75, 64.7617),
        categorical("contract", 0, List.of(new ValueCount("month-to-month", 5_400))),
        new ColumnProfile("signup_date", ColumnType.DATE, 0, 1_802,
            (double) LocalDate.of(2019, 1, 3).toEpochDay(), (double) LocalDate.of(2024, 12, 30).toEpochDay(),
            (double) LocalDate.of(2022, 2, 11).toEpochDay(), null, List.of(), List.of()),
        new ColumnProfile("last_login", ColumnType.TIMESTAMP, 88, rows - 88,
            (double) LocalDateTime.of(2024, 1, 1, 6, 0).toEpochSecond(ZoneOffset.UTC),
            (double) LocalDateTime.of(2025, 3, 1, 23, 59).toEpochSecond(ZoneOffset.UTC),
            (double) LocalDateTime.of(2024, 11, 5, 14, 30).toEpochSecond(ZoneOffset.UTC),
            null, List.of(), List.of()),
        new ColumnProfile("has_partner", ColumnType.BOOLEAN, 0, 2, 0.0, 1.0, 0.483, null, List.of(), List.of()),
        categorical(target, 0, balance));
    DatasetInfo data = dataset(3, datasetName, 3, "exports/" + datasetName + "_2025-03.csv", rows, columns, 17);
    Map<String, String> hyper = settings(target, Task.CLASSIFICATION, ModelKind.MLP);
    RunInfo run = run(42, data, target, Task.CLASSIFICATION, ModelKind.MLP, hyper, status, null);
    Metrics metrics = classificationMetrics(labels, matrix, rocAuc);
    RunInfo done = withMetrics(run, metrics, 77L);
    return new ReportContent(title, data, balance, done,
        model(77, datasetName + "-mlp", Task.CLASSIFICATION, 42, data.id()), classificationCurve(24),
        metrics, GENERATED);
  }

  /** Metrics that agree with the matrix: accuracy, per-class precision/recall/F1 and support. */
  static ClassificationMetrics classificationMetrics(List<String> labels, long[][] matrix, Double rocAuc) {
    int n = labels.size();
    long total = 0;
    long right = 0;
    List<ClassMetrics> perClass = new ArrayList<>();
    double f1Sum = 0;
    for (int k = 0; k < n; k++) {
      long support = 0;
      long predicted = 0;
      for (int j = 0; j < n; j++) {
        support += matrix[k][j];
        predicted += matrix[j][k];
        total += matrix[k][j];
      }
      right += matrix[k][k];
      double precision = predicted == 0 ? 0 : (double) matrix[k][k] / predicted;
      double recall = support == 0 ? 0 : (double) matrix[k][k] / support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      f1Sum += f1;
      perClass.add(new ClassMetrics(labels.get(k), precision, recall, f1, support));
    }
    return new ClassificationMetrics((double) right / total, f1Sum / n, rocAuc, 0.2871, labels, matrix,
        perClass, total);
  }

  /** Losses fall, validation loss bottoms out two thirds in, accuracy climbs and levels off. */
  static List<EpochMetrics> classificationCurve(int epochs) {
    List<EpochMetrics> curve = new ArrayList<>();
    int best = epochs * 2 / 3;
    for (int e = 1; e <= epochs; e++) {
      double train = 0.25 + 0.85 * Math.exp(-e / 5.0);
      double validation = 0.31 + 0.8 * Math.exp(-e / 5.5) + 0.0009 * Math.pow(Math.max(0, e - best), 2)
          + 0.004 * Math.sin(e);
      double accuracy = 0.94 - 0.5 * Math.exp(-e / 4.0) + 0.003 * Math.cos(e);
      curve.add(new EpochMetrics(e, train, validation, accuracy, 48_500 + 900 * Math.sin(e), 2_400L * e));
    }
    return curve;
  }

  /** Losses of a price model (standardised targets), validation RMSE in currency. */
  static List<EpochMetrics> regressionCurve(int epochs) {
    List<EpochMetrics> curve = new ArrayList<>();
    for (int e = 1; e <= epochs; e++) {
      double train = 0.08 + 0.9 * Math.exp(-e / 4.0);
      double validation = 0.11 + 0.85 * Math.exp(-e / 4.5) + 0.0004 * Math.max(0, e - 22) * (e - 22);
      double rmse = 23_000 + 140_000 * Math.exp(-e / 4.2);
      curve.add(new EpochMetrics(e, train, validation, rmse, 61_200, 1_100L * e));
    }
    return curve;
  }

  static ColumnProfile numeric(String name, ColumnType type, long missing, double min, double max, double mean) {
    return new ColumnProfile(name, type, missing, 1_000 + missing, min, max, mean, (max - min) / 4,
        List.of(), List.of());
  }

  static ColumnProfile categorical(String name, long missing, List<ValueCount> top) {
    return new ColumnProfile(name, ColumnType.CATEGORICAL, missing, top.size(), null, null, null, null,
        top, List.of());
  }

  private static DatasetInfo dataset(long id, String name, int version, String file, long rows,
      List<ColumnProfile> columns, long rejected) {
    return new DatasetInfo(id, name, version, file,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", rows, columns, rejected,
        Instant.parse("2025-03-01T10:15:30Z"));
  }

  private static Map<String, String> settings(String target, Task task, ModelKind kind) {
    TrainingSettings s = TrainingSettings.defaults(target).withTask(task);
    Map<String, String> map = new LinkedHashMap<>(s.asMap());
    map.put("model", kind.label());
    map.put("excluded_columns", "customer_id");
    return map;
  }

  private static RunInfo run(long id, DatasetInfo data, String target, Task task, ModelKind kind,
      Map<String, String> hyper, RunStatus status, String error) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("Model Workbench", "0.1.0");
    versions.put("DJL", "0.36.0");
    versions.put("PyTorch", "2.7.1");
    versions.put("Java", "17.0.15");
    DeviceInfo device = new DeviceInfo("auto", "cpu()", "CPU (2 cores)", 0,
        "No supported GPU found, so training ran on the CPU.");
    return new RunInfo(id, data.id(), data.name(), data.version(), target, task, kind, hyper, 42L, device,
        versions, status, STARTED, STARTED.plusSeconds(125), error, null, null);
  }

  private static RunInfo withMetrics(RunInfo r, Metrics metrics, Long modelId) {
    return new RunInfo(r.id(), r.datasetId(), r.datasetName(), r.datasetVersion(), r.target(), r.task(),
        r.modelKind(), r.hyperparameters(), r.seed(), r.device(), r.versions(), r.status(), r.startedAt(),
        r.endedAt(), r.error(), modelId, metrics);
  }

  private static ModelInfo model(long id, String name, Task task, long runId, long datasetId) {
    return new ModelInfo(id, name, "mlp", "PyTorch", "models/" + name, task, null, runId, datasetId,
        STARTED.plusSeconds(125));
  }
}
