package org.modelworkbench.services.datasets.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;

/** Writes a table row by row to one file format. Closing it completes the file. */
interface TableWriter extends Closeable {
  /**
   * Writes the header row. Called once, first.
   *
   * @param columns the columns written, in order
   */
  void header(List<ColumnSchema> columns) throws IOException;

  /**
   * Writes one data row.
   *
   * @param values one value per header column, of the Java type its column type names, or null
   */
  void row(Object[] values) throws IOException;

  /** Called after each page of rows: a chance to hand finished rows to the file. */
  void endOfPage() throws IOException;
}
