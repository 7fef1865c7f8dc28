package org.modelworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.columnar.ColumnValues;
import org.modelworkbench.store.columnar.ColumnarFiles;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;
import org.modelworkbench.store.sql.TypedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves one dataset import whole or not at all.
 *
 * <p>H2 commits DDL at once, so the typed table cannot share the rows' transaction. The order
 * makes that safe: create the table, insert the rows in batches, then insert the catalogue rows
 * and commit them together. Until that commit no catalogue row names the table; on any error or
 * cancellation the transaction is rolled back and the table dropped, and if the process dies
 * instead, the next open drops the nameless table ({@link OrphanTables}).
 */
final class DatasetWriter {
  /** Rows per JDBC batch. */
  static final int BATCH_SIZE = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);

  private final Database database;
  /** Serialises version numbering in this JVM; the (name, version) unique key guards the rest. */
  private final Object versionLock = new Object();

  DatasetWriter(Database database) {
    this.database = database;
  }

  /**
   * Saves the import.
   *
   * @throws java.util.concurrent.CancellationException if cancelled; nothing is kept
   * @throws WorkbenchException if saving fails; nothing is kept
   */
  DatasetInfo write(DatasetImport data, ProgressListener progress, CancellationToken cancel) {
    cancel.throwIfCancelled();
    long id = database.read("Could not start saving the dataset '" + data.name() + "'.", DatasetWriter::nextId);
    TypedTable layout = TypedTable.plan(id, data.table().columns());
    try (Connection c = database.connection()) {
      boolean committed = false;
      try {
        try (Statement s = c.createStatement()) {
          s.execute(layout.createSql());
        }
        c.setAutoCommit(false);
        insertRows(c, layout, data, progress, cancel);
        cancel.throwIfCancelled();
        DatasetInfo info;
        synchronized (versionLock) {
          int version = DatasetCatalogue.nextVersion(c, data.name());
          info = new DatasetInfo(id, data.name(), version, data.sourceFile(), data.sha256(),
              data.table().rowCount(), data.profiles(), data.rejected().size(), SqlValues.now(), data.charset());
          DatasetCatalogue.insert(c, info, layout.tableName(), layout.tableColumns(), data.rejected());
          c.commit();
        }
        committed = true;
        progress.progress(1.0, "Saved " + info.rows() + " rows as version " + info.version());
        LOG.info("Saved dataset '{}' version {} ({} rows) as {}", info.name(), info.version(), info.rows(),
            layout.tableName());
        return info;
      } finally {
        if (!committed) {
          discard(c, layout, id);
        }
        Database.restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw database.failure("Could not save the dataset '" + data.name() + "' in the project.", e);
    }
  }

  /**
   * The catalogue part of a dataset whose rows are already written to a folder.
   *
   * @param id the reserved dataset id
   * @param name the dataset name
   * @param sourceFile the source file as given, or null
   * @param sha256 the source file's SHA-256, or null
   * @param rows the number of rows written
   * @param profiles one profile per column
   * @param rejected the rows the parser rejected
   * @param storageName the folder's storage name, {@code datasets/<id>}
   * @param stems each column's file stem
   * @param charset the character set the source text was read in, or null
   */
  record FolderImport(long id, String name, String sourceFile, String sha256, long rows,
      List<ColumnProfile> profiles, List<RejectedRow> rejected, String storageName, List<String> stems,
      String charset) {}

  /** Reserves the id of a new dataset version. */
  long reserveId(String name) {
    return database.read("Could not start saving the dataset '" + name + "'.", DatasetWriter::nextId);
  }

  /**
   * Commits a dataset whose rows were written to a temporary folder: inserts the catalogue rows,
   * renames the folder into place, then commits. If anything fails the transaction is rolled back
   * and the folder removed, so the catalogue never names a missing folder and a folder without a
   * catalogue row is only left by a crash (and removed at the next open).
   */
  DatasetInfo commitFolder(FolderImport data, Path tempDir, Path finalDir) {
    boolean moved = false;
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      boolean committed = false;
      try {
        DatasetInfo info;
        synchronized (versionLock) {
          int version = DatasetCatalogue.nextVersion(c, data.name());
          info = new DatasetInfo(data.id(), data.name(), version, data.sourceFile(), data.sha256(), data.rows(),
              data.profiles(), data.rejected().size(), SqlValues.now(), data.charset());
          DatasetCatalogue.insert(c, info, data.storageName(), data.stems(), data.rejected());
          Files.move(tempDir, finalDir, StandardCopyOption.ATOMIC_MOVE);
          moved = true;
          c.commit();
          committed = true;
        }
        LOG.info("Saved dataset '{}' version {} ({} rows) as {}", info.name(), info.version(), info.rows(),
            data.storageName());
        return info;
      } finally {
        if (!committed) {
          Database.rollbackQuietly(c);
          if (moved) {
            deleteQuietly(finalDir);
          }
        }
        Database.restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw database.failure("Could not save the dataset '" + data.name() + "' in the project.", e);
    } catch (IOException e) {
      throw new WorkbenchException("Could not move the rows of the dataset '" + data.name()
          + "' into the project (" + e.getMessage() + ").", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      ColumnarFiles.deleteTree(dir);
    } catch (IOException e) {
      LOG.warn("Could not delete {}; it goes when the project next opens", dir, e);
    }
  }

  private static long nextId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR dataset_ids")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void insertRows(Connection c, TypedTable layout, DatasetImport data, ProgressListener progress,
      CancellationToken cancel) throws SQLException {
    DataTable table = data.table();
    int rows = table.rowCount();
    int columns = table.columnCount();
    try (PreparedStatement ps = c.prepareStatement(layout.insertSql())) {
      for (int r = 0; r < rows; r++) {
        ps.setLong(1, r);
        for (int col = 0; col < columns; col++) {
          bind(ps, col, table, r, data.name());
        }
        ps.addBatch();
        if ((r + 1) % BATCH_SIZE == 0 || r + 1 == rows) {
          ps.executeBatch();
          progress.progress((double) (r + 1) / rows, "Saved " + (r + 1) + " of " + rows + " rows");
          cancel.throwIfCancelled();
        }
      }
    }
  }

  private static void bind(PreparedStatement ps, int col, DataTable table, int row, String datasetName)
      throws SQLException {
    ColumnSchema column = table.columns().get(col);
    try {
      ColumnValues.bind(ps, col + 2, column.type(), table.value(row, col));
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("Could not save the dataset '" + datasetName + "': column '" + column.name()
          + "', row " + (row + 1) + " " + e.getMessage() + ".", e);
    }
  }

  /** Undoes a failed import: roll back, drop the table, and make sure no catalogue row is left. */
  private static void discard(Connection c, TypedTable layout, long id) {
    Database.rollbackQuietly(c);
    Database.restoreAutoCommit(c);
    try (Statement s = c.createStatement()) {
      s.execute(layout.dropSql());
      // Normally a no-op after the rollback; cascades to the dataset's columns and rejects.
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM datasets WHERE id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
      LOG.info("Discarded unfinished dataset table {}", layout.tableName());
    } catch (SQLException e) {
      // The next open drops the table as an orphan.
      LOG.warn("Could not drop unfinished dataset table {}", layout.tableName(), e);
    }
  }
}
