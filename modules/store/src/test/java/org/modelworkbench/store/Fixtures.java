package org.modelworkbench.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.modelworkbench.model.ClassMetrics;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.RegressionMetrics;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.ValueCount;

/** Test data shared by the store tests. */
final class Fixtures {
  private Fixtures() {}

  /** A table with one column of every type, nulls and edge values included. */
  static DataTable allTypes() {
    List<ColumnSchema> columns = List.of(
        new ColumnSchema("id", ColumnType.INTEGER),
        new ColumnSchema("amount", ColumnType.DECIMAL),
        new ColumnSchema("active", ColumnType.BOOLEAN),
        new ColumnSchema("day", ColumnType.DATE),
        new ColumnSchema("seen", ColumnType.TIMESTAMP),
        new ColumnSchema("label", ColumnType.CATEGORICAL));
    List<Object[]> rows = List.of(
        new Object[] {1L, 1.5, true, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 45, 7, 123_456_789), "yes"},
        new Object[] {null, null, null, null, null, null},
        new Object[] {Long.MIN_VALUE, Double.NaN, false, LocalDate.of(1, 1, 1), LocalDateTime.of(1970, 1, 1, 0, 0), ""},
        new Object[] {Long.MAX_VALUE, Double.NEGATIVE_INFINITY, true, LocalDate.of(9999, 12, 31),
            LocalDateTime.of(2100, 12, 31, 23, 59, 59, 999_999_999), "naïve ☃ 名前 \"quoted\" 'single' ; --"},
        new Object[] {-7L, -0.000123, null, LocalDate.of(2000, 1, 1), null, "no"});
    return DataTable.fromRows(columns, rows);
  }

  /** A table of {@code rows} rows with an integer and a text column. */
  static DataTable numbered(int rows) {
    List<Object[]> data = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      data.add(new Object[] {(long) r, "row " + r});
    }
    return DataTable.fromRows(List.of(new ColumnSchema("n", ColumnType.INTEGER),
        new ColumnSchema("text", ColumnType.CATEGORICAL)), data);
  }

  /** Simple profiles of a table: counts only, as the store does not check statistics. */
  static List<ColumnProfile> profiles(DataTable table) {
    List<ColumnProfile> out = new ArrayList<>();
    for (int c = 0; c < table.columnCount(); c++) {
      Object[] values = table.columnValues(c);
      Set<Object> distinct = new HashSet<>();
      long missing = 0;
      for (Object v : values) {
        if (v == null) {
          missing++;
        } else {
          distinct.add(v);
        }
      }
      ColumnSchema schema = table.columns().get(c);
      out.add(new ColumnProfile(schema.name(), schema.type(), missing, distinct.size(), null, null, null, null,
          List.of(), List.of()));
    }
    return out;
  }

  /** Saves a table under a name with simple profiles and no rejects. */
  static DatasetInfo save(ProjectDatabase project, String name, DataTable table) {
    return project.datasets().insert(name, name + ".csv", sha(name), table, profiles(table), List.of(), null, null);
  }

  /** A fake SHA-256 in hex, distinct per seed text. */
  static String sha(String seed) {
    return String.format("%064x", Objects.hash(seed) & 0xffffffffL);
  }

  /** A three-class classification result with a confusion matrix and no ROC AUC. */
  static ClassificationMetrics classification() {
    return new ClassificationMetrics(0.8, 0.75, null, 0.45, List.of("a", "b", "c"),
        new long[][] {{5, 1, 0}, {1, 3, 1}, {0, 0, 4}},
        List.of(new ClassMetrics("a", 0.83, 0.83, 0.83, 6), new ClassMetrics("b", 0.75, 0.6, 0.67, 5),
            new ClassMetrics("c", 0.8, 1.0, 0.89, 4)),
        15);
  }

  /** A regression result with an undefined R². */
  static RegressionMetrics regression() {
    return new RegressionMetrics(1.25, 0.9, Double.NaN, 40);
  }

  /** Default settings for a target. */
  static TrainingSettings settings(String target) {
    return TrainingSettings.defaults(target);
  }

  /** A CPU device. */
  static DeviceInfo cpu() {
    return new DeviceInfo("auto", "cpu()", "CPU", 0, "No GPU found; using the CPU.");
  }

  /** Library versions. */
  static Map<String, String> versions() {
    return Map.of("djl", "0.36.0", "pytorch", "2.7.1");
  }

  /** A small split. */
  static DataSplit split() {
    return new DataSplit(new int[] {4, 0, 3}, new int[] {1}, new int[] {2}, 42L, true);
  }

  /** A profile with every field set, for round trips. */
  static ColumnProfile fullProfile(String name) {
    return new ColumnProfile(name, ColumnType.DECIMAL, 2, 3, -1.5, 9.25, 2.5, 0.75,
        List.of(new ValueCount("1.5", 4), new ValueCount("2", 1)),
        List.of(new HistogramBin(-1.5, 4.0, 3), new HistogramBin(4.0, 9.25, 2)));
  }
}
