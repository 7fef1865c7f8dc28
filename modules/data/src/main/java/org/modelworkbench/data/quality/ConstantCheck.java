package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/** A column that holds one and the same value in every filled row: a warning. */
final class ConstantCheck {
  private ConstantCheck() {}

  /** The finding for a scanned column, if it holds a single value. */
  static Optional<QualityFinding> check(ColumnScan scan) {
    if (scan.distinct() != 1 || scan.rows() < 2) {
      return Optional.empty();
    }
    String value = Wording.value(scan.firstValue());
    String message = scan.missing() == 0
        ? Wording.name(scan.name()) + " holds the same value (" + value + ") in every row, so it carries no"
            + " information. Exclude it from training."
        : Wording.name(scan.name()) + " holds the same value (" + value + ") wherever it is filled, so only"
            + " whether it is empty can carry information. Exclude it unless that is what matters.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.CONSTANT_COLUMN, scan.name(), message,
        scan.filled()));
  }
}
