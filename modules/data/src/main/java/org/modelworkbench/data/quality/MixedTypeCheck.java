package org.modelworkbench.data.quality;

import java.util.Optional;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/**
 * A text column whose values are mostly numbers or dates with some other text among them, such as
 * {@code n/a} in a column of amounts: a warning, because the import then keeps the whole column as
 * text and the model cannot use its numbers as numbers.
 */
final class MixedTypeCheck {
  /** Share of numbers (or dates) among filled cells from which a column counts as "mostly" those. */
  static final double MOSTLY_SHARE = 0.8;

  private MixedTypeCheck() {}

  /** The finding for a text column, if its values are mostly numbers or dates but not all. */
  static Optional<QualityFinding> check(PrimitiveColumn column) {
    if (column.type() != ColumnType.CATEGORICAL) {
      return Optional.empty();
    }
    String[] entries = column.entries();
    // Each dictionary entry's shape is worked out once, the first time a row uses it.
    ValueShape[] shapes = new ValueShape[entries.length];
    long numbers = 0;
    long dates = 0;
    long texts = 0;
    String example = null;
    for (int r = 0; r < column.rowCount(); r++) {
      if (column.missing(r)) {
        continue;
      }
      int code = column.code(r);
      if (shapes[code] == null) {
        shapes[code] = ValueShape.of(entries[code]);
      }
      switch (shapes[code]) {
        case NUMBER -> numbers++;
        case DATE -> dates++;
        default -> {
          texts++;
          if (example == null) {
            example = entries[code];
          }
        }
      }
    }
    long filled = numbers + dates + texts;
    long main = Math.max(numbers, dates);
    if (texts == 0 || filled == 0 || (double) main / filled < MOSTLY_SHARE) {
      return Optional.empty();
    }
    String name = column.schema().name();
    String kind = numbers >= dates ? "numbers" : "dates";
    String message = Wording.name(name) + " holds mostly " + kind + ", but " + Wording.count(texts)
        + (texts == 1 ? " value is" : " values are") + " other text (for example " + Wording.value(example)
        + "), so the whole column is treated as text. Correct or clear those values and import the file"
        + " again.";
    return Optional.of(new QualityFinding(Severity.WARNING, QualityCodes.MIXED_TYPES, name, message, texts));
  }
}
