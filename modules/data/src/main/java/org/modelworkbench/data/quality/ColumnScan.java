package org.modelworkbench.data.quality;

import java.util.Arrays;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * What one pass over a column learns for the dataset checks: how many cells are empty, how many
 * different values the rest hold, the first value, and for whole numbers the smallest and largest.
 *
 * @param schema the column's name and type
 * @param rows the table's row count
 * @param missing empty cells
 * @param distinct different non-empty values
 * @param firstValue the first non-empty value, or null when the column is empty
 * @param min the smallest whole number (whole-number columns with values only)
 * @param max the largest whole number (whole-number columns with values only)
 */
record ColumnScan(ColumnSchema schema, int rows, int missing, int distinct, Object firstValue, long min,
    long max) {
  /** Different values counted in a hash table before {@link #distinct} sorts instead. */
  static final int TABLE_LIMIT = 1 << 16;

  /**
   * Scans one column.
   *
   * @param column the column
   * @param hashes its value hashes by row ({@link ValueHash#ofColumn})
   */
  static ColumnScan of(PrimitiveColumn column, long[] hashes) {
    int rows = column.rowCount();
    boolean whole = column.type() == ColumnType.INTEGER;
    long[] present = new long[rows];
    int missing = 0;
    int first = -1;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int r = 0; r < rows; r++) {
      if (column.missing(r)) {
        missing++;
        continue;
      }
      if (first < 0) {
        first = r;
      }
      if (whole) {
        min = Math.min(min, column.longValue(r));
        max = Math.max(max, column.longValue(r));
      }
      present[r - missing] = hashes[r];
    }
    return new ColumnScan(column.schema(), rows, missing, distinct(present, rows - missing),
        first < 0 ? null : column.value(first), min, max);
  }

  /**
   * How many different hashes {@code hashes[0, n)} holds. A hash table answers columns with few
   * values; past {@value #TABLE_LIMIT} different ones, sorting a copy and counting the changes is
   * quicker than growing the table (fewer cache misses). Both give the same count.
   */
  static int distinct(long[] hashes, int n) {
    LongIdTable table = new LongIdTable(Math.min(n, TABLE_LIMIT));
    for (int i = 0; i < n; i++) {
      table.add(hashes[i]);
      if (table.size() > TABLE_LIMIT) {
        Arrays.sort(hashes, 0, n);
        int count = n == 0 ? 0 : 1;
        for (int j = 1; j < n; j++) {
          if (hashes[j] != hashes[j - 1]) {
            count++;
          }
        }
        return count;
      }
    }
    return table.size();
  }

  /** The column's name. */
  String name() {
    return schema.name();
  }

  /** The column's type. */
  ColumnType type() {
    return schema.type();
  }

  /** Non-empty cells. */
  int filled() {
    return rows - missing;
  }
}
