package org.modelworkbench.services.scoring;

import java.util.List;
import org.modelworkbench.model.DataTable;

/**
 * One page of the rows behind a confusion-matrix cell: rows whose actual class is {@code actual}
 * and whose predicted class is {@code predicted}, the most confident predictions first.
 *
 * @param actual the actual class
 * @param predicted the predicted class
 * @param total how many rows the cell holds in all
 * @param offset the position of this page's first row among them
 * @param rows this page's rows, with every column of the dataset
 * @param probabilities per row of the page, the probability the model gave the predicted class
 * @param textColumns the dataset's free-text columns ({@link org.modelworkbench.model.ColumnType#TEXT}),
 *     in column order; empty for table and image datasets
 */
public record CellExamples(String actual, String predicted, int total, int offset, DataTable rows,
    double[] probabilities, List<String> textColumns) {
  /** Copies the list. */
  public CellExamples {
    textColumns = List.copyOf(textColumns);
  }

  /** Whether rows follow this page. */
  public boolean hasMore() {
    return offset + rows.rowCount() < total;
  }
}
