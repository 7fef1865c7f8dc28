package org.modelworkbench.data.csv;

import java.util.List;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnSchema;

/**
 * Receives the typed rows of a CSV file read in one pass by {@link CsvImporter#streamInOnePass}:
 * the column types are guessed from the first rows and the rows arrive while the file is still
 * being checked, so the sink must be ready to widen a column, or to drop everything and start over.
 *
 * <p>The calls come from the importing thread, in this order: {@link #begin}, then rows (one by
 * one or in batches), with {@link #widenToDecimal} between two rows when a late value needs it; {@link #hashKnown} once, at
 * any point (possibly before {@link #begin}); {@link #restart} when a late value fits none of the
 * guesses, after which {@link #begin} comes again with the types of all rows and every row again.
 * Once {@link #hashKnown} has returned false no other call follows. An exception thrown by the
 * importer (a bad row, a cancel) means the sink's rows must not be kept.
 */
public interface TypedRowSink {
  /**
   * Learns the file's hash as soon as it is known.
   *
   * @param sha256 the hex SHA-256 of the file's stored bytes
   * @return true to go on; false to receive nothing more (the file is already stored); the file is
   *     still checked to the end
   */
  boolean hashKnown(String sha256);

  /**
   * Starts receiving rows.
   *
   * @param columns the column names with their types as guessed (or, after a restart, as final)
   */
  void begin(List<ColumnSchema> columns);

  /**
   * Receives one good row, in file order.
   *
   * @param values one value per column, of the Java type its column type names, or null when
   *     missing. The array is reused for the next row: copy what you keep.
   */
  void row(Object[] values);

  /**
   * Receives good rows held column by column, in file order, as {@link #row} would one by one;
   * this default does exactly that. A batch and its arrays are not reused: a sink may keep them.
   *
   * @param batch the rows; its column types are those of the columns at this point
   */
  default void rows(ColumnBatch batch) {
    Object[] values = new Object[batch.columnCount()];
    for (int r = 0; r < batch.size(); r++) {
      for (int c = 0; c < values.length; c++) {
        values[c] = batch.value(c, r);
      }
      row(values);
    }
  }

  /**
   * Turns a whole-number column into a decimal one: the values received so far become decimals of
   * the same value, and the column's later values come as {@code Double}.
   *
   * @param column the column's index
   * @return true when done; false when the sink cannot, and the import should start over instead
   */
  boolean widenToDecimal(int column);

  /** Drops every row received so far; {@link #begin} follows again. */
  void restart();
}
