package org.modelworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.ObjLongConsumer;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.columnar.ColumnWriter;
import org.modelworkbench.store.columnar.ColumnarFiles;
import org.modelworkbench.store.columnar.ColumnarReader;
import org.modelworkbench.store.columnar.NumberVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dataset version being imported row by row into columnar files, in bounded memory.
 *
 * <p>Append the rows, read the columns back to profile them ({@link #forEachNumber},
 * {@link #forEachCount}, {@link #missing}), then {@link #commit} once. The rows are written to a
 * temporary folder that becomes the dataset's folder in the same step that commits its catalogue
 * rows; {@link #close()} without a commit (an error, a cancellation) deletes it, and a folder left
 * by a process that died is deleted when the project next opens. Not thread-safe: one import
 * thread uses it.
 */
public final class DatasetAppender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetAppender.class);

  private final DatasetWriter writer;
  private final long id;
  private final String name;
  private final ColumnSchema[] columns;
  private final Path tempDir;
  private final Path finalDir;
  private final List<ColumnWriter> columnWriters = new ArrayList<>();
  private long rows;
  private boolean finished;
  private boolean committed;
  private boolean closed;

  DatasetAppender(DatasetWriter writer, long id, String name, List<ColumnSchema> columns, Path datasetsDir) {
    this.writer = writer;
    this.id = id;
    this.name = name;
    this.columns = columns.toArray(new ColumnSchema[0]);
    this.tempDir = datasetsDir.resolve(ColumnarFiles.TEMP_PREFIX + id);
    this.finalDir = datasetsDir.resolve(ColumnarFiles.folderName(ColumnarFiles.storageName(id)));
    try {
      Files.createDirectories(tempDir);
      for (int c = 0; c < this.columns.length; c++) {
        columnWriters.add(new ColumnWriter(tempDir, c, this.columns[c]));
      }
    } catch (IOException e) {
      close();
      throw failure("Could not create the files of", e);
    }
  }

  /** The dataset version's id (reserved now, visible in the catalogue after the commit). */
  public long id() {
    return id;
  }

  /** The columns, in order, with their current types (see {@link #widenToDecimal}). */
  public List<ColumnSchema> columns() {
    return List.of(columns);
  }

  /**
   * Turns a whole-number column into a decimal one before the rest of its rows are appended: the
   * values appended so far are rewritten in place as decimals of the same value, and later rows
   * must give a {@code Double} (or null) for it.
   *
   * @param column the column's index
   * @throws IllegalStateException when the column is not a whole-number one or appending has ended
   * @throws WorkbenchException when the file cannot be rewritten
   */
  public void widenToDecimal(int column) {
    if (finished) {
      throw new IllegalStateException("Rows can no longer be appended");
    }
    try {
      ColumnWriter w = columnWriters.get(column);
      w.widenToDecimal();
      columns[column] = w.schema();
    } catch (IOException e) {
      throw failure("Could not rewrite a column of", e);
    }
  }

  /**
   * Reads a column of strings as categorical or as free text, before appending ends (the manifest
   * records the final type); the values written stay as they are.
   *
   * @param column the column's index
   * @param type {@link org.modelworkbench.model.ColumnType#CATEGORICAL} or
   *     {@link org.modelworkbench.model.ColumnType#TEXT}
   * @throws IllegalStateException when appending has ended or a type does not hold strings
   */
  public void relabel(int column, org.modelworkbench.model.ColumnType type) {
    if (finished) {
      throw new IllegalStateException("The columns are already final");
    }
    ColumnWriter w = columnWriters.get(column);
    w.relabel(type);
    columns[column] = w.schema();
  }

  /** How many rows were appended. */
  public long rowCount() {
    return rows;
  }

  /**
   * Appends one row.
   *
   * @param values one value per column, of the Java type its column type names, or null
   * @throws WorkbenchException when a value has the wrong type or the files cannot be written
   */
  public void append(Object[] values) {
    if (finished) {
      throw new IllegalStateException("Rows can no longer be appended");
    }
    if (values.length != columnWriters.size()) {
      throw new IllegalArgumentException("Expected " + columnWriters.size() + " values but got " + values.length);
    }
    for (int c = 0; c < values.length; c++) {
      try {
        columnWriters.get(c).append(values[c]);
      } catch (IllegalArgumentException e) {
        throw new WorkbenchException("Could not save the dataset '" + name + "': column '"
            + columns[c].name() + "', row " + (rows + 1) + " " + e.getMessage() + ".", e);
      } catch (IOException e) {
        throw failure("Could not write the rows of", e);
      }
    }
    rows++;
  }

  /**
   * Appends a batch of rows held column by column.
   *
   * @param batch one column per column of the dataset, of the same types, in the same order
   * @throws WorkbenchException when a column has the wrong type or the files cannot be written
   */
  public void append(ColumnBatch batch) {
    if (finished) {
      throw new IllegalStateException("Rows can no longer be appended");
    }
    if (batch.columnCount() != columnWriters.size()) {
      throw new IllegalArgumentException("Expected " + columnWriters.size() + " columns but got "
          + batch.columnCount());
    }
    for (int c = 0; c < columnWriters.size(); c++) {
      try {
        columnWriters.get(c).append(batch, c);
      } catch (IllegalArgumentException e) {
        throw new WorkbenchException("Could not save the dataset '" + name + "': column '"
            + columns[c].name() + "' " + e.getMessage() + ".", e);
      } catch (IOException e) {
        throw failure("Could not write the rows of", e);
      }
    }
    rows += batch.size();
  }

  /** How many values of a column are missing. */
  public long missing(int column) {
    return columnWriters.get(column).missing();
  }

  /**
   * Reads a number, date or timestamp column back from its file; ends the appending.
   *
   * @param column the column's index
   * @param visitor receives every non-missing value
   */
  public void forEachNumber(int column, NumberVisitor visitor) {
    finishWriting();
    try {
      reader().forEachNumber(column, visitor);
    } catch (IOException e) {
      throw failure("Could not read back the rows of", e);
    }
  }

  /**
   * Reads a text or yes/no column back as values with counts; ends the appending. A value may come
   * more than once (texts past the dictionary's {@value ColumnWriter#DICTIONARY_CAP} distinct ones);
   * its counts add up.
   *
   * @param column the column's index
   * @param valueAndCount receives each value as text with its count
   */
  public void forEachCount(int column, ObjLongConsumer<String> valueAndCount) {
    finishWriting();
    try {
      reader().forEachCount(column, valueAndCount);
    } catch (IOException e) {
      throw failure("Could not read back the rows of", e);
    }
  }

  /**
   * Makes the rows the next version of the dataset's name: the catalogue rows are inserted, the
   * folder is moved into place and the transaction commits, all or nothing.
   *
   * @param sourceFile the file the rows came from, as given, or null
   * @param sha256 the file's SHA-256 in hex, or null
   * @param profiles one profile per column, in column order
   * @param rejected rows the parser rejected, or null
   * @param cancel checked before the commit, or null
   * @return the saved version
   * @throws java.util.concurrent.CancellationException if cancelled; nothing is kept
   * @throws WorkbenchException if it cannot be saved; nothing is kept
   */
  public DatasetInfo commit(String sourceFile, String sha256, List<ColumnProfile> profiles,
      List<RejectedRow> rejected, CancellationToken cancel) {
    return commit(sourceFile, sha256, null, profiles, rejected, cancel);
  }

  /**
   * Commits as {@link #commit(String, String, List, List, CancellationToken)} does, keeping the
   * charset the rows' text was read in.
   *
   * @param charset the character set of the source text ({@code windows-1251}), or null
   */
  public DatasetInfo commit(String sourceFile, String sha256, String charset, List<ColumnProfile> profiles,
      List<RejectedRow> rejected, CancellationToken cancel) {
    if (committed || closed) {
      throw new IllegalStateException("This import was already committed or closed");
    }
    List<ColumnSchema> profiled = profiles.stream().map(ColumnProfile::schema).toList();
    if (!profiled.equals(columns())) {
      throw new IllegalArgumentException("Column profiles " + profiled + " do not match the columns " + columns());
    }
    finishWriting();
    if (cancel != null) {
      cancel.throwIfCancelled();
    }
    List<String> stems = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      stems.add(ColumnarFiles.stem(c));
    }
    DatasetInfo info = writer.commitFolder(new DatasetWriter.FolderImport(id, name, sourceFile, sha256, rows,
        profiles, rejected == null ? List.of() : rejected, ColumnarFiles.storageName(id), stems, charset), tempDir,
        finalDir);
    committed = true;
    return info;
  }

  /**
   * Ends appending: closes the column files and writes the manifest. After this, {@link
   * #forEachNumber} and {@link #forEachCount} only read, so several threads may run them at once
   * (one column each). Called by those methods and {@link #commit} when not called before.
   *
   * @throws WorkbenchException when the files cannot be written
   */
  public void finishAppending() {
    finishWriting();
  }

  /** Ends appending: closes the column files and writes the manifest. */
  private void finishWriting() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      for (ColumnWriter w : columnWriters) {
        w.close();
      }
      Properties manifest = new Properties();
      manifest.setProperty("format", Integer.toString(ColumnarFiles.FORMAT));
      manifest.setProperty("rows", Long.toString(rows));
      manifest.setProperty("columns", Integer.toString(columns.length));
      for (int c = 0; c < columns.length; c++) {
        manifest.setProperty("type." + c, columns[c].type().name());
      }
      try (var out = Files.newBufferedWriter(tempDir.resolve(ColumnarFiles.MANIFEST))) {
        manifest.store(out, "Model Workbench dataset " + id + " (columnar files, little-endian)");
      }
    } catch (IOException e) {
      throw failure("Could not write the rows of", e);
    }
  }

  private ColumnarReader reader() {
    return new ColumnarReader(tempDir, columns(), rows);
  }

  private WorkbenchException failure(String what, IOException e) {
    return new WorkbenchException(what + " the dataset '" + name + "' (" + e.getMessage() + ").", e);
  }

  /** Deletes the temporary folder unless the import was committed. Safe to call more than once. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (committed) {
      return;
    }
    for (ColumnWriter w : columnWriters) {
      try {
        w.close();
      } catch (IOException | UncheckedIOException e) {
        LOG.debug("Closing a column file of an abandoned import failed", e);
      }
    }
    try {
      ColumnarFiles.deleteTree(tempDir);
      LOG.info("Discarded unfinished dataset folder {}", tempDir.getFileName());
    } catch (IOException e) {
      LOG.warn("Could not delete unfinished dataset folder {}; it goes when the project next opens", tempDir, e);
    }
  }
}
