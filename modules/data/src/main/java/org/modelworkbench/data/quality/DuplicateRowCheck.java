package org.modelworkbench.data.quality;

import java.util.Optional;
import java.util.stream.IntStream;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Rows that are exact copies of an earlier row in every column: a warning, counting the copies (a
 * row that occurs three times counts twice).
 */
final class DuplicateRowCheck {
  private DuplicateRowCheck() {}

  /** The finding for a table, if it has repeated rows. */
  static Optional<QualityFinding> check(DataTable table) {
    if (table.rowCount() < 2 || table.columnCount() == 0) {
      return Optional.empty();
    }
    int[] all = IntStream.range(0, table.columnCount()).toArray();
    long[] hashes = ValueHash.rows(table, all);
    LongIdTable rows = new LongIdTable(hashes.length);
    for (long h : hashes) {
      rows.add(h);
    }
    long copies = (long) hashes.length - rows.size();
    if (copies == 0) {
      return Optional.empty();
    }
    String message = Wording.count(copies) + (copies == 1 ? " row is an exact copy" : " rows are exact copies")
        + " of another row (" + Wording.percent(copies, hashes.length) + " of the table). Copies weigh"
        + " more in training and can land in both the training and the test part, which makes the test"
        + " scores look better than they are; remove them unless the repeats are real.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.DUPLICATE_ROWS, null, message, copies));
  }
}
