package org.modelworkbench.data.quality;

import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Test rows whose feature values also occur in a training or validation row: a warning, because
 * the model may simply remember those rows, so the test scores overstate how well it does on new
 * data.
 */
final class SplitLeakCheck {
  private SplitLeakCheck() {}

  /** The finding, if some test rows repeat a training or validation row. */
  static Optional<QualityFinding> check(DataTable table, DataSplit split, List<String> featureColumns) {
    if (featureColumns.isEmpty() || split.test().length == 0) {
      return Optional.empty();
    }
    int[] columns = featureColumns.stream().mapToInt(table::columnIndex).toArray();
    long[] hashes = ValueHash.rows(table, columns);
    LongIdTable seen = new LongIdTable(split.train().length + split.validation().length);
    for (int row : split.train()) {
      seen.add(hashes[checked(row, hashes.length)]);
    }
    for (int row : split.validation()) {
      seen.add(hashes[checked(row, hashes.length)]);
    }
    long shared = 0;
    for (int row : split.test()) {
      if (seen.find(hashes[checked(row, hashes.length)]) >= 0) {
        shared++;
      }
    }
    if (shared == 0) {
      return Optional.empty();
    }
    String message = Wording.count(shared) + " of the " + Wording.count(split.test().length) + " test rows ("
        + Wording.percent(shared, split.test().length) + ") have the same feature values as a training or"
        + " validation row, so the test scores partly measure memory rather than prediction. Remove"
        + " duplicate rows before splitting.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.SPLIT_OVERLAP, null, message, shared));
  }

  private static int checked(int row, int rows) {
    if (row < 0 || row >= rows) {
      throw new IllegalArgumentException("The split names row " + row + " but the table has " + rows + " rows");
    }
    return row;
  }
}
