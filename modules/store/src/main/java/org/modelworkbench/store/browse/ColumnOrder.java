package org.modelworkbench.store.browse;

import java.util.BitSet;

/**
 * Every row of a dataset sorted once by one column, kept so that any later sort by that column,
 * in either direction and under any filter, is a single pass over it instead of a sort: the rows
 * with a value in ascending order (equal values in row order), which of them equal the row before,
 * and which rows are missing. About 4.3 bytes a row.
 *
 * <p>The sort uses primitive arrays only: each row's value becomes a {@code long} key that compares
 * as the values do (text: the rank of its dictionary entry, see {@link TextRanks}; others: the
 * {@link ColumnKeys#key key}), and a stable {@link LongRadixSort} orders the keys with their rows.
 */
public final class ColumnOrder {
  private final int[] sorted;
  private final BitSet tiedWithPrevious;
  private final BitSet missing;
  private final int rowCount;

  private ColumnOrder(int[] sorted, BitSet tiedWithPrevious, BitSet missing, int rowCount) {
    this.sorted = sorted;
    this.tiedWithPrevious = tiedWithPrevious;
    this.missing = missing;
    this.rowCount = rowCount;
  }

  /** Sorts every row of a column. */
  public static ColumnOrder of(ColumnKeys column) {
    int rowCount = column.rowCount();
    BitSet missing = new BitSet(rowCount);
    int present = 0;
    for (int row = 0; row < rowCount; row++) {
      if (column.missing(row)) {
        missing.set(row);
      } else {
        present++;
      }
    }
    long[] keys = new long[present];
    int[] sorted = new int[present];
    int[] rank = column.isText() ? TextRanks.of(column.entries()) : null;
    for (int row = 0, p = 0; row < rowCount; row++) {
      if (!column.missing(row)) {
        keys[p] = rank != null ? rank[column.code(row)] : column.key(row);
        sorted[p++] = row;
      }
    }
    new LongRadixSort().sort(keys, sorted, 0, present);
    BitSet tied = new BitSet(present);
    for (int i = 1; i < present; i++) {
      if (keys[i] == keys[i - 1]) {
        tied.set(i);
      }
    }
    return new ColumnOrder(sorted, tied, missing, rowCount);
  }

  /** The number of rows of the column. */
  int rowCount() {
    return rowCount;
  }

  /**
   * Orders rows by the column: values ascending or descending, equal values in row order, missing
   * values last in row order.
   *
   * @param kept the rows to order, ascending; null for every row
   * @param ascending smallest first when true
   * @return the kept rows in that order
   */
  int[] order(int[] kept, boolean ascending) {
    BitSet keep = null;
    if (kept != null) {
      keep = new BitSet(rowCount);
      for (int row : kept) {
        keep.set(row);
      }
    }
    int[] out = new int[kept == null ? rowCount : kept.length];
    int n = 0;
    if (ascending) {
      for (int row : sorted) {
        if (keep == null || keep.get(row)) {
          out[n++] = row;
        }
      }
    } else {
      // Runs of equal values from the last to the first, each run still in row order.
      for (int end = sorted.length; end > 0; ) {
        int start = end - 1;
        while (tiedWithPrevious.get(start)) {
          start--;
        }
        for (int i = start; i < end; i++) {
          if (keep == null || keep.get(sorted[i])) {
            out[n++] = sorted[i];
          }
        }
        end = start;
      }
    }
    if (kept == null) {
      for (int row = missing.nextSetBit(0); row >= 0; row = missing.nextSetBit(row + 1)) {
        out[n++] = row;
      }
    } else {
      for (int row : kept) {
        if (missing.get(row)) {
          out[n++] = row;
        }
      }
    }
    return out;
  }
}
