package org.modelworkbench.services.datasets;

import java.util.Arrays;
import org.modelworkbench.model.DataTable;

/**
 * Finds the rows that have a value in a target column: only they can train or score a model.
 */
public final class TargetRows {
  private TargetRows() {}

  /** Indexes of the rows whose value in the column is present, ascending. */
  public static int[] labelled(DataTable table, String column) {
    int c = table.columnIndex(column);
    int[] keep = new int[table.rowCount()];
    int n = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (table.value(r, c) != null) {
        keep[n++] = r;
      }
    }
    return Arrays.copyOf(keep, n);
  }

  /** The table without the rows whose target is missing. */
  public static DataTable labelledOnly(DataTable table, String column) {
    int[] keep = labelled(table, column);
    return keep.length == table.rowCount() ? table : table.selectRows(keep);
  }

  /** Maps positions within a subset back to the table's row indexes. */
  public static int[] mapBack(int[] positions, int[] subset) {
    int[] out = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = subset[positions[i]];
    }
    return out;
  }
}
