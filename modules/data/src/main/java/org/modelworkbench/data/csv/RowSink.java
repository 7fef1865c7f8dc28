package org.modelworkbench.data.csv;

/**
 * Receives the typed rows of a CSV file as {@link CsvImporter#stream} converts them, one at a time,
 * so a file of any length can be stored without holding it in memory.
 */
public interface RowSink {
  /**
   * Called once, after the first pass has checked every row and settled the column types, and
   * before any row.
   *
   * @param layout the columns, the row count, the rejected rows and the file's hash
   * @return true to receive the rows; false to stop here (for example when a file with this hash
   *     is already stored), in which case the second pass is skipped
   */
  boolean start(CsvLayout layout);

  /**
   * Receives one good row, in file order.
   *
   * @param values one value per column, of the Java type its {@link
   *     org.modelworkbench.model.ColumnType} names, or null when missing. The array is reused for
   *     the next row: copy what you keep.
   */
  void row(Object[] values);
}
