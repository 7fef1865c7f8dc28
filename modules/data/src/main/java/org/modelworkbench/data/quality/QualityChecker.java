package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;
import org.modelworkbench.model.QualityReport;

/**
 * The data-quality check shown before training. Three entry points, each returning its findings
 * most serious first (and otherwise in column order):
 * <ul>
 *   <li>{@link #check(DataTable)} for the dataset alone: missing values, constant and ID-like
 *       columns, mixed types, outliers, duplicate rows and texts with no words; {@link #check(ColumnSource)} gives the
 *       same findings reading the dataset one primitive column at a time;
 *   <li>{@link #checkTarget(DataTable, String, boolean)} once a target is chosen: class balance,
 *       rows without a target, conflicting labels (also equal texts with different labels) and
 *       features that leak the target;
 *   <li>{@link #checkSplit(DataTable, DataSplit, List)} after a split: test rows that repeat
 *       training rows, and test texts that repeat training texts
 *       ({@link #checkTextSplit(DataTable, DataSplit, List)}).
 * </ul>
 * The codes of the findings are listed in {@link QualityCodes}. All checks are linear or sort-based
 * in the number of rows, so a million rows by a dozen columns take a few seconds at most.
 */
public final class QualityChecker {
  private QualityChecker() {}

  /**
   * Checks a dataset on its own, before any target is chosen.
   *
   * @param table the dataset
   * @return the findings; {@link QualityCodes#NO_ROWS} alone when the table has no rows
   */
  public static QualityReport check(DataTable table) {
    Objects.requireNonNull(table, "table");
    return check(ColumnSource.of(table));
  }

  /**
   * Checks a dataset on its own, reading one column at a time: the findings are those
   * {@link #check(DataTable)} gives for the same rows, and only one column (plus 8 bytes a row)
   * is held at once.
   *
   * @param dataset the dataset's columns
   * @return the findings; {@link QualityCodes#NO_ROWS} alone when the dataset has no rows
   */
  public static QualityReport check(ColumnSource dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<QualityFinding> findings = new ArrayList<>();
    if (dataset.rowCount() == 0) {
      findings.add(new QualityFinding(Severity.SERIOUS, QualityCodes.NO_ROWS, null,
          "The dataset has no rows, so there is nothing to train on. Check the file and import it again.", 0));
      return new QualityReport(findings);
    }
    int columnCount = dataset.columns().size();
    long[] rowHashes = ValueHash.rowSeeds(dataset.rowCount());
    for (int c = 0; c < columnCount; c++) {
      PrimitiveColumn column = dataset.column(c);
      long[] hashes = ValueHash.ofColumn(column);
      ColumnScan scan = ColumnScan.of(column, hashes);
      MissingCheck.check(scan).ifPresent(findings::add);
      ConstantCheck.check(scan).ifPresent(findings::add);
      IdLikeCheck.check(scan).ifPresent(findings::add);
      MixedTypeCheck.check(column).ifPresent(findings::add);
      EmptyTextCheck.check(column).ifPresent(findings::add);
      if (scan.distinct() > 1) {
        OutlierCheck.check(column).ifPresent(findings::add);
      }
      ValueHash.fold(rowHashes, hashes);
    }
    DuplicateRowCheck.check(ValueHash.finish(rowHashes), columnCount).ifPresent(findings::add);
    return sorted(findings);
  }

  /**
   * Checks a dataset against a chosen target. Every other column counts as a feature.
   *
   * @param table the dataset
   * @param target the target column's name
   * @param classification true to predict classes, false to predict a number (regression)
   * @return the findings; for classification always including a {@link QualityCodes#CLASS_BALANCE}
   *     finding that lists the classes and their shares
   * @throws IllegalArgumentException when the table has no such column
   */
  public static QualityReport checkTarget(DataTable table, String target, boolean classification) {
    Objects.requireNonNull(table, "table");
    return checkTarget(ColumnSource.of(table), target, classification);
  }

  /**
   * Checks a dataset against a chosen target, reading one column at a time: the findings are those
   * {@link #checkTarget(DataTable, String, boolean)} gives for the same rows, and only the target,
   * one feature column and 8 bytes a row are held at once.
   *
   * @param dataset the dataset's columns
   * @param target the target column's name
   * @param classification true to predict classes, false to predict a number (regression)
   * @return the findings, as {@link #checkTarget(DataTable, String, boolean)} gives them
   * @throws IllegalArgumentException when the dataset has no such column
   */
  public static QualityReport checkTarget(ColumnSource dataset, String target, boolean classification) {
    Objects.requireNonNull(dataset, "dataset");
    int index = -1;
    for (int c = 0; c < dataset.columns().size(); c++) {
      if (dataset.columns().get(c).name().equals(target)) {
        index = c;
        break;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("No column named '" + target + "'");
    }
    List<QualityFinding> findings = new ArrayList<>();
    if (classification) {
      Labels labels = Labels.of(dataset.column(index));
      ClassBalanceCheck.balance(target, labels).ifPresent(findings::add);
      ClassBalanceCheck.manyClasses(target, labels).ifPresent(findings::add);
      missingTarget(target, labels.missing()).ifPresent(findings::add);
      ClassLeakCheck.Context leaks = ClassLeakCheck.prepare(target, labels);
      List<QualityFinding> leakFindings = new ArrayList<>();
      long[] rowHashes = ValueHash.rowSeeds(dataset.rowCount());
      int features = 0;
      for (int c = 0; c < dataset.columns().size(); c++) {
        if (c == index) {
          continue;
        }
        PrimitiveColumn column = dataset.column(c);
        ValueHash.fold(rowHashes, ValueHash.ofColumn(column));
        features++;
        if (leaks != null) {
          ClassLeakCheck.check(leaks, column).ifPresent(leakFindings::add);
        }
        TextConflictCheck.check(column, target, labels).ifPresent(findings::add);
      }
      if (features > 0) {
        ConflictingLabelCheck.check(ValueHash.finish(rowHashes), target, labels).ifPresent(findings::add);
      }
      findings.addAll(leakFindings);
    } else {
      ColumnType type = dataset.columns().get(index).type();
      if (!type.isNumeric()) {
        findings.add(new QualityFinding(Severity.SERIOUS, QualityCodes.TARGET_NOT_NUMERIC, target,
            Wording.name(target) + " holds " + type.label() + " values, not numbers, so it cannot be predicted"
                + " as a number. Predict it as classes instead, or pick a number column.", 0));
        return sorted(findings);
      }
      PrimitiveColumn targetColumn = dataset.column(index);
      long missing = 0;
      for (int r = 0; r < dataset.rowCount(); r++) {
        if (targetColumn.missing(r)) {
          missing++;
        }
      }
      missingTarget(target, missing).ifPresent(findings::add);
      findings.addAll(RegressionLeakCheck.check(dataset, index));
    }
    return sorted(findings);
  }

  /**
   * Checks a split for test rows whose feature values also occur among the training or validation
   * rows.
   *
   * @param table the dataset the split belongs to
   * @param split the split
   * @param featureColumns the names of the columns the model learns from
   * @return the findings; empty when no test row repeats another part's row
   * @throws IllegalArgumentException when a column is unknown or the split names a row the table
   *     does not have
   */
  public static QualityReport checkSplit(DataTable table, DataSplit split, List<String> featureColumns) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(split, "split");
    List<QualityFinding> findings = new ArrayList<>();
    SplitLeakCheck.check(table, split, List.copyOf(featureColumns)).ifPresent(findings::add);
    List<String> texts = featureColumns.stream()
        .filter(c -> table.column(c).type() == ColumnType.TEXT).toList();
    findings.addAll(checkTextSplit(table, split, texts).findings());
    return new QualityReport(findings);
  }

  /**
   * Checks a split for test rows whose text, word for word, is also a training or validation
   * row's text, one finding per column (see {@link QualityCodes#TEXT_SPLIT_OVERLAP}).
   *
   * @param table the dataset the split belongs to
   * @param split the split
   * @param textColumns the free-text columns to look at
   * @return the findings, with counts and example rows; empty when no test text repeats
   * @throws IllegalArgumentException when a column is unknown or the split names a row the table
   *     does not have
   */
  public static QualityReport checkTextSplit(DataTable table, DataSplit split, List<String> textColumns) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(split, "split");
    List<QualityFinding> findings = new ArrayList<>();
    for (String column : textColumns) {
      TextSplitLeakCheck.check(table, split, column).ifPresent(findings::add);
    }
    return new QualityReport(findings);
  }

  /**
   * Puts a dataset's own findings and its target findings together so that each column says one
   * clear thing: a column that leaks the target loses its missing-values finding. For a
   * missing-value leak the share of empty cells moves into the leak's message ("'closing_date' is
   * empty in 3,640 rows (91.0 %) and filled in almost only when ..."); for a value leak the leak
   * alone is what matters.
   *
   * @param datasetLevel the findings of {@link #check(ColumnSource)}
   * @param targetLevel the findings of {@link #checkTarget(ColumnSource, String, boolean)}
   * @return both, most serious first
   */
  public static QualityReport combine(QualityReport datasetLevel, QualityReport targetLevel) {
    Map<String, QualityFinding> missingByColumn = new HashMap<>();
    for (QualityFinding f : datasetLevel.findings()) {
      if (f.code().equals(QualityCodes.MISSING_VALUES) && f.column() != null) {
        missingByColumn.put(f.column(), f);
      }
    }
    Set<String> leaking = new HashSet<>();
    List<QualityFinding> target = new ArrayList<>();
    for (QualityFinding f : targetLevel.findings()) {
      boolean leak = f.code().equals(QualityCodes.MISSING_LEAK) || f.code().equals(QualityCodes.TARGET_LEAK);
      if (leak && f.column() != null) {
        leaking.add(f.column());
      }
      QualityFinding missing = missingByColumn.get(f.column());
      target.add(f.code().equals(QualityCodes.MISSING_LEAK) && missing != null ? folded(f, missing) : f);
    }
    List<QualityFinding> all = new ArrayList<>();
    for (QualityFinding f : datasetLevel.findings()) {
      if (!(f.code().equals(QualityCodes.MISSING_VALUES) && leaking.contains(f.column()))) {
        all.add(f);
      }
    }
    all.addAll(target);
    return sorted(all);
  }

  /**
   * A stored report graded as this version of the check grades: missing-values findings are at most
   * warnings (earlier versions called a mostly empty column serious).
   */
  public static QualityReport regraded(QualityReport stored) {
    boolean old = stored.findings().stream()
        .anyMatch(f -> f.code().equals(QualityCodes.MISSING_VALUES) && f.severity() == Severity.SERIOUS);
    if (!old) {
      return stored;
    }
    List<QualityFinding> findings = new ArrayList<>();
    for (QualityFinding f : stored.findings()) {
      findings.add(f.code().equals(QualityCodes.MISSING_VALUES) && f.severity() == Severity.SERIOUS
          ? new QualityFinding(Severity.WARNING, f.code(), f.column(), f.message(), f.count()) : f);
    }
    return sorted(findings);
  }

  /** A missing-value leak whose message starts with how many cells are empty. */
  private static QualityFinding folded(QualityFinding leak, QualityFinding missing) {
    String emptyShare = missing.message();
    int end = emptyShare.indexOf(").");
    if (end < 0) {
      return leak;
    }
    String subject = Wording.name(leak.column()) + " is ";
    String rest = leak.message().startsWith(subject) ? leak.message().substring(subject.length()) : null;
    if (rest == null || !emptyShare.startsWith(subject)) {
      return leak;
    }
    String message = emptyShare.substring(0, end + 1) + " and " + rest;
    return new QualityFinding(leak.severity(), leak.code(), leak.column(), message, leak.count());
  }

  private static Optional<QualityFinding> missingTarget(String target, long missing) {
    if (missing == 0) {
      return Optional.empty();
    }
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.MISSING_TARGET, target,
        Wording.name(target) + " is empty in " + Wording.rows(missing) + "; those rows are left out of"
            + " training and testing. Fill them in if you know the outcome.", missing));
  }

  /** Most serious first; the sort is stable, so equal severities keep their column order. */
  private static QualityReport sorted(List<QualityFinding> findings) {
    findings.sort(Comparator.comparing(QualityFinding::severity).reversed());
    return new QualityReport(findings);
  }
}
