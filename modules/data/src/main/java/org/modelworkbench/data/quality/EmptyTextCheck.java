package org.modelworkbench.data.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.data.profile.TextWords;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * Texts of a free-text column that hold no word at all (only spaces, dots, dashes or emoji): a
 * warning, since they give a text model nothing to read and are usually placeholders ("-", "n/a",
 * "...") left by the system that exported them. Missing cells are {@link MissingCheck}'s; they are
 * only mentioned.
 */
final class EmptyTextCheck {
  /** How many example rows a finding names. */
  static final int EXAMPLES = 3;

  private EmptyTextCheck() {}

  /** The finding for a free-text column, if some of its texts hold no word. */
  static Optional<QualityFinding> check(PrimitiveColumn column) {
    if (column.type() != ColumnType.TEXT) {
      return Optional.empty();
    }
    String[] entries = column.entries();
    // Each dictionary entry is judged once: 0 not yet, 1 empty, 2 has words.
    byte[] empty = new byte[entries.length];
    long count = 0;
    long missing = 0;
    List<Integer> examples = new ArrayList<>();
    for (int r = 0; r < column.rowCount(); r++) {
      if (column.missing(r)) {
        missing++;
        continue;
      }
      int code = column.code(r);
      if (empty[code] == 0) {
        empty[code] = TextWords.isEmpty(entries[code]) ? (byte) 1 : (byte) 2;
      }
      if (empty[code] == 1) {
        count++;
        if (examples.size() < EXAMPLES) {
          examples.add(r);
        }
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    String name = column.schema().name();
    String message = Wording.name(name) + " has " + Wording.count(count) + (count == 1 ? " text" : " texts")
        + " with no words in " + (count == 1 ? "it" : "them") + " (" + Wording.rowNumbers(examples)
        + (count > examples.size() ? ", ..." : "") + ": " + Wording.snippet(entries[column.code(examples.get(0))])
        + ")" + (missing > 0 ? ", besides " + Wording.rows(missing) + " left empty" : "") + ". A text model"
        + " learns nothing from " + (count == 1 ? "it; fill it in or leave that row out." : "them; fill them in or"
        + " leave those rows out.");
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.EMPTY_TEXTS, name, message, count));
  }
}
