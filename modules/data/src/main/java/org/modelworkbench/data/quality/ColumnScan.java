package org.modelworkbench.data.quality;

import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

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

  /** Scans one column of the table. */
  static ColumnScan of(DataTable table, int column) {
    ColumnSchema schema = table.columns().get(column);
    int rows = table.rowCount();
    LongIdTable values = new LongIdTable(Math.min(rows, 1 << 16));
    int missing = 0;
    Object first = null;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int r = 0; r < rows; r++) {
      Object v = table.value(r, column);
      if (v == null) {
        missing++;
        continue;
      }
      if (first == null) {
        first = v;
      }
      if (v instanceof Long l) {
        min = Math.min(min, l);
        max = Math.max(max, l);
      }
      values.add(ValueHash.of(v));
    }
    return new ColumnScan(schema, rows, missing, values.size(), first, min, max);
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
