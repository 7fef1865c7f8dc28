package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * The same text, word for word, labelled with different classes: a warning, since no text model
 * can get both right, and it usually means a labelling mistake or a template text ("Thank you for
 * your message") that carries no class. Counts every labelled row in such a group.
 */
final class TextConflictCheck {
  /** How many example rows a finding names. */
  static final int EXAMPLES = 3;

  private TextConflictCheck() {}

  /** The finding for a free-text feature, if some equal texts carry different labels. */
  static Optional<QualityFinding> check(PrimitiveColumn column, String targetName, Labels labels) {
    if (column.type() != ColumnType.TEXT) {
      return Optional.empty();
    }
    long[] hashes = ValueHash.ofColumn(column);
    int rows = column.rowCount();
    LongIdTable groups = new LongIdTable(Math.min(rows, 1 << 20));
    int[] groupOfRow = new int[rows];
    int[] firstLabel = new int[Math.max(16, rows)];
    boolean[] conflicting = new boolean[firstLabel.length];
    for (int r = 0; r < rows; r++) {
      int label = labels.code(r);
      if (label < 0 || column.missing(r)) {
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
    long count = 0;
    long groupCount = 0;
    int firstGroup = -1;
    List<Integer> examples = new ArrayList<>();
    boolean[] named = new boolean[firstLabel.length];
    for (int r = 0; r < rows; r++) {
      int group = groupOfRow[r];
      if (group < 0 || !conflicting[group]) {
        continue;
      }
      count++;
      if (!named[group]) {
        named[group] = true;
        groupCount++;
      }
      if (firstGroup < 0) {
        firstGroup = group;
      }
      if (group == firstGroup && examples.size() < EXAMPLES) {
        examples.add(r);
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    String name = column.schema().name();
    int first = examples.get(0);
    StringBuilder labelsShown = new StringBuilder();
    for (int i = 0; i < examples.size(); i++) {
      labelsShown.append(i == 0 ? "" : i == examples.size() - 1 ? " and " : ", ")
          .append(Wording.value(labels.label(labels.code(examples.get(i)))));
    }
    String message = Wording.rows(count) + " in " + Wording.count(groupCount) + (groupCount == 1 ? " group" : " groups")
        + " have the same " + Wording.name(name) + " text but a different " + Wording.name(targetName) + ", for"
        + " example " + Wording.rowNumbers(examples) + " (" + Wording.snippet(column.entries()[column.code(first)])
        + ", labelled " + labelsShown + "). No model can get both right; check those labels.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.TEXT_CONFLICTING_LABELS, name, message,
        count));
  }
}
