package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Rows that are exact copies of an earlier row in every column: a warning, counting the copies (a
 * row that occurs three times counts twice).
 */
final class DuplicateRowCheck {
  private DuplicateRowCheck() {}

  /**
   * The finding for a table, if it has repeated rows.
   *
   * @param hashes the hash of each row over every column ({@link ValueHash#rows}, or folded column by
   *     column with {@link ValueHash#fold} and {@link ValueHash#finish})
   * @param columnCount the table's number of columns
   */
  static Optional<QualityFinding> check(long[] hashes, int columnCount) {
    if (hashes.length < 2 || columnCount == 0) {
      return Optional.empty();
    }
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
