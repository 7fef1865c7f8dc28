package org.modelworkbench.data.csv;

import org.modelworkbench.model.DataTable;

/** Collects streamed rows into the column arrays of an in-memory {@link DataTable}. */
final class TableSink implements RowSink {
  private CsvLayout layout;
  private Object[][] columns;
  private int next;

  @Override
  public boolean start(CsvLayout layout) {
    this.layout = layout;
    this.columns = new Object[layout.columns().size()][layout.rowCount()];
    return true;
  }

  @Override
  public void row(Object[] values) {
    for (int c = 0; c < values.length; c++) {
      columns[c][next] = values[c];
    }
    next++;
  }

  /** The collected table; call after the stream ended. */
  DataTable table() {
    if (layout == null || next != layout.rowCount()) {
      throw new IllegalStateException("The rows were not all delivered");
    }
    return new DataTable(layout.columns(), columns);
  }
}
