package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Empty cells in a column: info when there are any, a warning above {@value #WARNING_SHARE} of the
 * rows, with stronger advice above {@value #MOSTLY_EMPTY_SHARE}. A mostly empty column is never
 * serious on its own: training fills the gaps and it simply tells the model little. What makes one
 * serious is being empty in step with the target, which the target check reports as a leak (and
 * {@link QualityChecker#combine} then folds this finding into that one).
 */
final class MissingCheck {
  /** Share of empty cells above which a column gets a warning. */
  static final double WARNING_SHARE = 0.20;
  /** Share of empty cells above which a column is mostly empty and exclusion is advised. */
  static final double MOSTLY_EMPTY_SHARE = 0.60;

  private MissingCheck() {}

  /** The finding for a scanned column, if it has empty cells. */
  static Optional<QualityFinding> check(ColumnScan scan) {
    if (scan.missing() == 0) {
      return Optional.empty();
    }
    double share = (double) scan.missing() / scan.rows();
    String what = Wording.name(scan.name()) + " is empty in " + Wording.rows(scan.missing()) + " ("
        + Wording.percent(share) + ").";
    Severity severity;
    String advice;
    if (scan.missing() == scan.rows()) {
      severity = Severity.WARNING;
      advice = " It holds nothing to learn from; exclude it from training.";
    } else if (share > MOSTLY_EMPTY_SHARE) {
      severity = Severity.WARNING;
      advice = " With so few values it tells the model little; exclude it unless being empty itself"
          + " means something.";
    } else if (share > WARNING_SHARE) {
      severity = Severity.WARNING;
      advice = " Training fills the gaps with a typical value, which can blur what the column says;"
          + " check why so many are empty.";
    } else {
      severity = Severity.INFO;
      advice = " Training fills the gaps with a typical value.";
    }
    return Optional.of(new QualityFinding(severity, QualityCodes.MISSING_VALUES, scan.name(), what + advice,
        scan.missing()));
  }
}
