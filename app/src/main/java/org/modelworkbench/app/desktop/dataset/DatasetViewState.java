package org.modelworkbench.app.desktop.dataset;

import java.util.List;
import org.modelworkbench.model.RowSort;

/**
 * What the user set up in a dataset's view and would expect to find again on coming back to it:
 * the rows' sort and filter, and the columns left out of training.
 *
 * @param sort the rows' order, or null for the original order
 * @param filterColumn the column the filter bar filters, or null
 * @param filterText what was typed in the filter bar
 * @param missingOnly whether only rows missing the filter column are kept
 * @param leftOut the columns left out of training, in the order chosen
 */
public record DatasetViewState(RowSort sort, String filterColumn, String filterText, boolean missingOnly,
    List<String> leftOut) {
  /** Copies the list of left-out columns. */
  public DatasetViewState {
    filterText = filterText == null ? "" : filterText;
    leftOut = List.copyOf(leftOut);
  }
}
