package org.modelworkbench.model;

import java.util.List;

/**
 * The columns of a dataset, read one at a time as {@link PrimitiveColumn}s, so a scan of every
 * column holds one column in memory rather than the whole dataset as objects.
 */
public interface ColumnSource {
  /** The columns, in order. */
  List<ColumnSchema> columns();

  /** The number of rows. */
  int rowCount();

  /**
   * Reads one whole column now.
   *
   * @param index the column's index
   * @throws WorkbenchException if it cannot be read
   */
  PrimitiveColumn column(int index);

  /** The columns of an in-memory table (converted when asked for). */
  static ColumnSource of(DataTable table) {
    return new ColumnSource() {
      @Override
      public List<ColumnSchema> columns() {
        return table.columns();
      }

      @Override
      public int rowCount() {
        return table.rowCount();
      }

      @Override
      public PrimitiveColumn column(int index) {
        return PrimitiveColumn.of(table, index);
      }
    };
  }
}
