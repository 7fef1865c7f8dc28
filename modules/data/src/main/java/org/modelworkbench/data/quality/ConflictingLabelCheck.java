package org.modelworkbench.data.quality;

import java.util.Optional;
import java.util.stream.IntStream;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Rows that agree in every column except the target but have different labels: a warning, since
 * no model can tell them apart. Counts every labelled row in such a group.
 */
final class ConflictingLabelCheck {
  private ConflictingLabelCheck() {}

  /** The finding, if some rows with equal features carry different labels. */
  static Optional<QualityFinding> check(DataTable table, int target, Labels labels) {
    int[] features = IntStream.range(0, table.columnCount()).filter(c -> c != target).toArray();
    if (features.length == 0) {
      return Optional.empty();
    }
    return check(ValueHash.rows(table, features), table.columns().get(target).name(), labels);
  }

  /**
   * The finding, if some rows with equal features carry different labels.
   *
   * @param hashes each row's hash of all its feature values
   * @param targetName the target column's name
   * @param labels the target's labels
   */
  static Optional<QualityFinding> check(long[] hashes, String targetName, Labels labels) {
    LongIdTable groups = new LongIdTable(Math.min(hashes.length, 1 << 20));
    int[] groupOfRow = new int[hashes.length];
    int[] firstLabel = new int[Math.max(16, hashes.length)];
    boolean[] conflicting = new boolean[firstLabel.length];
    for (int r = 0; r < hashes.length; r++) {
      int label = labels.code(r);
      if (label < 0) {
        groupOfRow[r] = -1;
        continue;
      }
      int group = groups.add(hashes[r]);
      groupOfRow[r] = group;
      if (groups.count(group) == 1) {
        firstLabel[group] = label;
      } else if (firstLabel[group] != label) {
        conflicting[group] = true;
      }
    }
    long rows = 0;
    for (int group : groupOfRow) {
      if (group >= 0 && conflicting[group]) {
        rows++;
      }
    }
    long groupCount = 0;
    for (int g = 0; g < groups.size(); g++) {
      if (conflicting[g]) {
        groupCount++;
      }
    }
    if (rows == 0) {
      return Optional.empty();
    }
    String message = Wording.rows(rows) + " in " + Wording.count(groupCount) + (groupCount == 1 ? " group" : " groups")
        + " have the same values in every other column but a different " + Wording.name(targetName) + ". No model"
        + " can tell them apart; check whether those labels are right or whether a telling column is"
        + " missing.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.CONFLICTING_LABELS, targetName, message,
        rows));
  }
}
