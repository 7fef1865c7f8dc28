package org.modelworkbench.ml.text.classify;

import java.util.List;
import java.util.Objects;
import org.modelworkbench.model.WorkbenchException;

/**
 * The columns a text model reads from a table.
 *
 * @param textColumns the free-text columns, joined into one text per row in this order
 * @param tabularColumns the ordinary columns whose preprocessed values join the text features
 *     (empty for text alone)
 */
public record TextInputs(List<String> textColumns, List<String> tabularColumns) {
  /** Copies the lists; at least one text column. */
  public TextInputs {
    textColumns = List.copyOf(Objects.requireNonNull(textColumns, "textColumns"));
    tabularColumns = tabularColumns == null ? List.of() : List.copyOf(tabularColumns);
    if (textColumns.isEmpty()) {
      throw new WorkbenchException("A text model needs at least one text column.");
    }
  }

  /** Reads text from these columns only. */
  public static TextInputs textOnly(List<String> textColumns) {
    return new TextInputs(textColumns, List.of());
  }
}
