package org.modelworkbench.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * Orders row indexes by one column with primitive sorts only: each row's value becomes a dense rank
 * (text: the rank of its dictionary entry, entries sorted once), and rank and row index are packed
 * into one {@code long} so a single {@link Arrays#sort(long[])} orders them. Equal values keep
 * their row order in both directions, and missing values come last in both directions.
 */
final class RowSorter {
  private RowSorter() {}

  /**
   * Sorts rows.
   *
   * @param rows row indexes, ascending
   * @param column the column to sort by
   * @param ascending smallest first when true
   * @return the same rows in the new order
   */
  static int[] sort(int[] rows, ColumnKeys column, boolean ascending) {
    int present = 0;
    for (int row : rows) {
      if (!column.missing(row)) {
        present++;
      }
    }
    int[] ranks = new int[present];
    int[] presentRows = new int[present];
    int[] out = new int[rows.length];
    int p = 0;
    int m = present;
    for (int row : rows) {
      if (column.missing(row)) {
        out[m++] = row;
      } else {
        presentRows[p++] = row;
      }
    }
    int maxRank = column.isText() ? textRanks(column, presentRows, ranks) : keyRanks(column, presentRows, ranks);
    long[] packed = new long[present];
    for (int i = 0; i < present; i++) {
      long rank = ascending ? ranks[i] : maxRank - ranks[i];
      packed[i] = rank << 32 | presentRows[i];
    }
    Arrays.sort(packed);
    for (int i = 0; i < present; i++) {
      out[i] = (int) packed[i];
    }
    return out;
  }

  /** Fills the ranks of rows of a number, yes/no or date column; returns the largest rank. */
  private static int keyRanks(ColumnKeys column, int[] rows, int[] ranks) {
    if (rows.length == 0) {
      return 0;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int row : rows) {
      long key = column.key(row);
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    long span = max - min;
    if (span >= 0 && span < Integer.MAX_VALUE) {
      // A narrow range (dates, yes/no, most whole numbers): the offset is already a rank.
      for (int i = 0; i < rows.length; i++) {
        ranks[i] = (int) (column.key(rows[i]) - min);
      }
      return (int) span;
    }
    long[] distinct = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      distinct[i] = column.key(rows[i]);
    }
    Arrays.sort(distinct);
    int count = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[count - 1]) {
        distinct[count++] = distinct[i];
      }
    }
    for (int i = 0; i < rows.length; i++) {
      ranks[i] = Arrays.binarySearch(distinct, 0, count, column.key(rows[i]));
    }
    return count - 1;
  }

  /** Fills the ranks of rows of a text column from its sorted dictionary; returns the largest rank. */
  private static int textRanks(ColumnKeys column, int[] rows, int[] ranks) {
    int[] entryRank = entryRanks(column.entries());
    int max = 0;
    for (int i = 0; i < rows.length; i++) {
      ranks[i] = entryRank[column.code(rows[i])];
      max = Math.max(max, ranks[i]);
    }
    return max;
  }

  /**
   * The dense rank of each dictionary entry in text order (ignoring case first, then by case, so
   * "apple" comes before "Banana"); equal texts share a rank.
   */
  static int[] entryRanks(String[] entries) {
    String[] folded = new String[entries.length];
    Integer[] order = new Integer[entries.length];
    for (int e = 0; e < entries.length; e++) {
      folded[e] = entries[e].toLowerCase(Locale.ROOT);
      order[e] = e;
    }
    Arrays.sort(order, (a, b) -> {
      int byFolded = folded[a].compareTo(folded[b]);
      return byFolded != 0 ? byFolded : entries[a].compareTo(entries[b]);
    });
    int[] rank = new int[entries.length];
    int current = -1;
    for (int i = 0; i < order.length; i++) {
      if (i == 0 || !entries[order[i]].equals(entries[order[i - 1]])) {
        current++;
      }
      rank[order[i]] = current;
    }
    return rank;
  }
}
