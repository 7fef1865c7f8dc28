package org.modelworkbench.services.datasets;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.modelworkbench.data.quality.QualityChecker;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.Task;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The data-quality check: per dataset version (stored with it), for a chosen target, and after a
 * split. Each finding has a severity and a plain explanation.
 */
public final class QualityService {
  /** Datasets up to this many rows are checked as part of their import. */
  static final long CHECK_ON_IMPORT_MAX_ROWS = 200_000;

  private final ProjectDatabase database;

  public QualityService(ProjectDatabase database) {
    this.database = database;
  }

  /**
   * The dataset's stored report, checked and stored now if it has none yet. The check reads the
   * dataset one column at a time in primitive arrays (a million rows by a dozen columns in a second
   * or two), never as a table of objects.
   */
  public QualityReport datasetReport(DatasetInfo dataset) {
    return stored(dataset)
        .orElseGet(() -> checkAndStore(dataset, database.datasets().columns(dataset.id())));
  }

  /**
   * The dataset's stored report, without checking it now when there is none (a dataset larger than
   * the import-time check's limit has none until {@link #datasetReport} is first asked).
   *
   * @param dataset the dataset version
   * @return its stored report, if any
   */
  public Optional<QualityReport> storedReport(DatasetInfo dataset) {
    return stored(dataset);
  }

  /**
   * The stored report as today's check would grade it: reports stored before a mostly empty column
   * became a warning (rather than serious) are read with that grade.
   */
  private Optional<QualityReport> stored(DatasetInfo dataset) {
    return database.quality().find(dataset.id()).map(QualityChecker::regraded);
  }

  /** Checks a dataset's rows and stores the report with it. */
  public QualityReport checkAndStore(DatasetInfo dataset, ColumnSource rows) {
    QualityReport report = QualityChecker.check(rows);
    database.quality().save(dataset.id(), report);
    return report;
  }

  /**
   * The findings that matter for training on a target: the dataset's own findings about the target
   * and the feature columns, plus the target checks (class balance, missing targets, conflicting
   * labels, leaks). The dataset is read one column at a time, never as a table of objects.
   */
  public QualityReport forTarget(DatasetInfo dataset, String target, Task task, List<String> excluded) {
    DatasetService.requireColumn(dataset, target);
    Set<String> left = new HashSet<>(excluded);
    ColumnSource all = database.datasets().columns(dataset.id());
    QualityReport datasetLevel = stored(dataset).orElseGet(() -> checkAndStore(dataset, all));
    QualityReport targetLevel = QualityChecker.checkTarget(without(all, left), target, task == Task.CLASSIFICATION);
    return new QualityReport(QualityChecker.combine(datasetLevel, targetLevel).findings().stream()
        .filter(f -> f.column() == null || !left.contains(f.column()))
        .toList());
  }

  /** The columns of a source except the excluded ones, read one at a time as before. */
  static ColumnSource without(ColumnSource source, Set<String> excluded) {
    int[] kept = java.util.stream.IntStream.range(0, source.columns().size())
        .filter(c -> !excluded.contains(source.columns().get(c).name())).toArray();
    List<org.modelworkbench.model.ColumnSchema> columns = java.util.Arrays.stream(kept)
        .mapToObj(c -> source.columns().get(c)).toList();
    return new ColumnSource() {
      @Override
      public List<org.modelworkbench.model.ColumnSchema> columns() {
        return columns;
      }

      @Override
      public int rowCount() {
        return source.rowCount();
      }

      @Override
      public org.modelworkbench.model.PrimitiveColumn column(int index) {
        return source.column(kept[index]);
      }
    };
  }

  /**
   * The quality findings that matter for training on rows already read: the dataset's stored
   * findings and the target's, without those of left-out columns.
   */
  public QualityReport forTarget(DatasetInfo dataset, DataTable rows, String target, Task task,
      List<String> excluded) {
    DatasetService.requireColumn(dataset, target);
    Set<String> left = new HashSet<>(excluded);
    QualityReport datasetLevel = stored(dataset).orElseGet(() -> checkAndStore(dataset, ColumnSource.of(rows)));
    QualityReport targetLevel = QualityChecker.checkTarget(rows.selectColumns(columnsWithout(rows, left)),
        target, task == Task.CLASSIFICATION);
    return new QualityReport(QualityChecker.combine(datasetLevel, targetLevel).findings().stream()
        .filter(f -> f.column() == null || !left.contains(f.column()))
        .toList());
  }

  /** Rows whose features appear both in training and in test (leakage through the split). */
  public QualityReport forSplit(DataTable rows, DataSplit split, List<String> features) {
    return QualityChecker.checkSplit(rows, split, features);
  }

  /**
   * Test rows whose text is also a training or validation row's text, per free-text column, with
   * counts and example rows.
   */
  public QualityReport forTextSplit(DataTable rows, DataSplit split, List<String> textColumns) {
    return QualityChecker.checkTextSplit(rows, split, textColumns);
  }

  private static List<String> columnsWithout(DataTable rows, Set<String> excluded) {
    return rows.columnNames().stream().filter(c -> !excluded.contains(c)).toList();
  }

  /** The serious findings as one paragraph, for a refusal message. */
  public static String describeSerious(QualityReport report) {
    StringBuilder sb = new StringBuilder();
    for (QualityFinding f : report.serious()) {
      sb.append(sb.length() == 0 ? "" : " ").append(f.message());
    }
    return sb.toString();
  }
}
