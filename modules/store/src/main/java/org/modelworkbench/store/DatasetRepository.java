package org.modelworkbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowView;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.browse.ColumnKeys;
import org.modelworkbench.store.browse.ColumnOrder;
import org.modelworkbench.store.browse.ColumnOrderCache;
import org.modelworkbench.store.browse.QueriedRows;
import org.modelworkbench.store.browse.RowQueries;
import org.modelworkbench.store.columnar.ColumnarColumns;
import org.modelworkbench.store.columnar.ColumnarFiles;
import org.modelworkbench.store.columnar.ColumnarReader;
import org.modelworkbench.store.columnar.ColumnarRowPicker;
import org.modelworkbench.store.sql.Database;

/**
 * The project's datasets: every imported version with its column profiles, its rejected rows and
 * its rows.
 *
 * <p>Rows live in one of two places, recorded per version in the catalogue: a version saved with
 * {@link #insert} (small tables already in memory) gets a typed H2 table of its own; a version
 * streamed in with {@link #openAppender} (files of any size) gets columnar files in
 * {@code artifacts/datasets/<id>/} (see decision 0004). Reading works the same for both.
 */
public final class DatasetRepository {
  private final Database database;
  private final DatasetWriter writer;
  private final Path datasetsDir;
  private final ColumnOrderCache orders = new ColumnOrderCache();

  DatasetRepository(Database database, Path datasetsDir) {
    this.database = database;
    this.writer = new DatasetWriter(database);
    this.datasetsDir = datasetsDir;
  }

  /**
   * Starts streaming a new version of a dataset into columnar files. Append its rows, profile its
   * columns from it, then commit it; closing it without a commit leaves nothing behind.
   *
   * @param name the dataset name, not blank
   * @param columns the columns, in order
   * @return the open import; close it when done
   * @throws WorkbenchException if the name is blank or the files cannot be created
   */
  public DatasetAppender openAppender(String name, List<ColumnSchema> columns) {
    if (name == null || name.isBlank()) {
      throw new WorkbenchException("A dataset needs a name.");
    }
    long id = writer.reserveId(name);
    return new DatasetAppender(writer, id, name, columns, datasetsDir);
  }

  /**
   * Saves an imported dataset as the next version of its name (1 for a new name). The save is
   * atomic: on an error or a cancellation nothing of it is kept.
   *
   * @param name the dataset name, not blank
   * @param sourceFile the file it came from, as given, or null
   * @param sha256 SHA-256 of the file's bytes in hex, or null
   * @param table the rows; values of the Java types {@link org.modelworkbench.model.ColumnType} names
   * @param profiles one profile per table column, in the table's column order
   * @param rejected rows the parser rejected, or null for none
   * @param progress told after each batch of rows, or null
   * @param cancel checked after each batch of rows, or null
   * @return the saved version
   * @throws java.util.concurrent.CancellationException if cancelled
   * @throws WorkbenchException if it cannot be saved
   * @throws IllegalArgumentException if the profiles do not match the table's columns
   */
  public DatasetInfo insert(String name, String sourceFile, String sha256, DataTable table,
      List<ColumnProfile> profiles, List<RejectedRow> rejected, ProgressListener progress,
      CancellationToken cancel) {
    return insert(name, sourceFile, sha256, null, table, profiles, rejected, progress, cancel);
  }

  /**
   * Saves an imported dataset read from text, as {@link #insert(String, String, String, DataTable,
   * List, List, ProgressListener, CancellationToken)} does, keeping the charset it was read in.
   *
   * @param charset the character set of the source text ({@code windows-1251}), or null
   */
  public DatasetInfo insert(String name, String sourceFile, String sha256, String charset, DataTable table,
      List<ColumnProfile> profiles, List<RejectedRow> rejected, ProgressListener progress,
      CancellationToken cancel) {
    DatasetImport data = new DatasetImport(name, sourceFile, sha256, table, profiles, rejected, charset);
    return writer.write(data, progress == null ? ProgressListener.NONE : progress,
        cancel == null ? CancellationToken.none() : cancel);
  }

  /** The newest version of a dataset name, if any. */
  public Optional<DatasetInfo> latest(String name) {
    return first("WHERE d.name = ? ORDER BY d.version DESC FETCH FIRST 1 ROW ONLY", name);
  }

  /** A dataset version by id. */
  public Optional<DatasetInfo> find(long id) {
    return first("WHERE d.id = ?", id);
  }

  /** A dataset version by name and version number. */
  public Optional<DatasetInfo> find(String name, int version) {
    return first("WHERE d.name = ? AND d.version = ?", name, version);
  }

  /**
   * The newest version of a name imported from a file with this SHA-256, so an unchanged file need
   * not be imported again.
   */
  public Optional<DatasetInfo> findByContent(String name, String sha256) {
    return first("WHERE d.name = ? AND d.sha256 = ? ORDER BY d.version DESC FETCH FIRST 1 ROW ONLY",
        name, sha256);
  }

  /** Every version of every dataset, ordered by name, then version. */
  public List<DatasetInfo> list() {
    return query("ORDER BY d.name, d.version");
  }

  /** The newest version of each dataset name, ordered by name. */
  public List<DatasetInfo> latestVersions() {
    return query("WHERE d.version = (SELECT MAX(v.version) FROM datasets v WHERE v.name = d.name) ORDER BY d.name");
  }

  /**
   * All rows of a dataset version in their original order, as values of the Java types
   * {@link org.modelworkbench.model.ColumnType} names.
   *
   * @throws WorkbenchException if there is no such dataset
   */
  public DataTable rows(long datasetId) {
    return readRows(datasetId, 0, -1);
  }

  /**
   * A page of rows of a dataset version, for display. For a dataset in columnar files this costs
   * time in proportion to {@code limit}, wherever the page is.
   *
   * @param offset rows to skip, 0 or more
   * @param limit most rows to return, 0 or more
   * @throws WorkbenchException if there is no such dataset
   */
  public DataTable rows(long datasetId, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
    }
    return readRows(datasetId, offset, limit);
  }

  /**
   * The rows of a dataset version that a query keeps, in its order, computed now over primitive
   * copies of the columns the query names (see {@link ColumnOrder} and {@link RowFilters}); pages
   * are read from the view afterwards. A version kept in a typed table (a small one) is read whole
   * and answered in memory the same way. The order of a sort column is kept for later queries
   * while the project is open ({@link ColumnOrderCache}), so sorting by it again takes one pass.
   *
   * @param datasetId the dataset version
   * @param query the filters and order; {@link RowQuery#all()} keeps every row in order
   * @param cancel checked while the view is computed, or null
   * @return the view; it reads the project's files or database when a page is asked for
   * @throws WorkbenchException if there is no such dataset, the query names a column it does not
   *     have, a range is asked of a text column, or the rows cannot be read
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public RowView view(long datasetId, RowQuery query, CancellationToken cancel) {
    CancellationToken token = cancel == null ? CancellationToken.none() : cancel;
    String failure = "Could not read the rows of dataset " + datasetId + ".";
    DatasetCatalogue.StoredTable stored = database.read(failure, c -> DatasetCatalogue.storedTable(c, datasetId));
    if (stored == null) {
      throw new WorkbenchException("There is no dataset with id " + datasetId + " in this project.");
    }
    String name = find(datasetId).map(DatasetInfo::name).orElse("#" + datasetId);
    List<ColumnSchema> columns = stored.layout().columns();
    if (!ColumnarFiles.isStorageName(stored.layout().tableName())) {
      DataTable all = readRows(datasetId, 0, -1);
      int[] order = RowQueries.order(query, name, columns, all.rowCount(),
          c -> ColumnKeys.ofValues(columns.get(c).type(), all.columnValues(c)), orders(datasetId), token);
      return new QueriedRows(query, order, all.rowCount(), all::selectRows);
    }
    Path dir = datasetsDir.resolve(ColumnarFiles.folderName(stored.layout().tableName()));
    int rowCount = (int) Math.min(Integer.MAX_VALUE - 8, stored.rowCount());
    ColumnarColumns files = new ColumnarColumns(dir, columns, rowCount, e -> damaged(failure, dir, e));
    try {
      int[] order = RowQueries.order(query, name, columns, rowCount, c -> ColumnKeys.of(files.column(c)),
          orders(datasetId), token);
      return new QueriedRows(query, order, stored.rowCount(), rows -> {
        try {
          return ColumnarRowPicker.read(dir, columns, rows);
        } catch (IOException e) {
          throw damaged(failure, dir, e);
        }
      });
    } catch (UncheckedIOException e) {
      throw damaged(failure, dir, e.getCause());
    }
  }

  /**
   * The columns of a dataset version, each read whole into primitive arrays when asked for (see
   * {@link org.modelworkbench.model.PrimitiveColumn}): for a scan of every row, such as the
   * data-quality check, without the dataset in memory as objects. A version kept in a typed table (a
   * small one) is read whole now and handed out column by column.
   *
   * @param datasetId the dataset version
   * @return its columns; reading one throws a {@link WorkbenchException} when its files are missing
   *     or damaged
   * @throws WorkbenchException if there is no such dataset
   */
  public ColumnSource columns(long datasetId) {
    String failure = "Could not read the rows of dataset " + datasetId + ".";
    DatasetCatalogue.StoredTable stored = database.read(failure, c -> DatasetCatalogue.storedTable(c, datasetId));
    if (stored == null) {
      throw new WorkbenchException("There is no dataset with id " + datasetId + " in this project.");
    }
    if (!ColumnarFiles.isStorageName(stored.layout().tableName())) {
      return ColumnSource.of(readRows(datasetId, 0, -1));
    }
    Path dir = datasetsDir.resolve(ColumnarFiles.folderName(stored.layout().tableName()));
    return new ColumnarColumns(dir, stored.layout().columns(), (int) Math.min(Integer.MAX_VALUE - 8,
        stored.rowCount()), e -> damaged(failure, dir, e));
  }

  /**
   * Reads a column of strings in another way, categorical or free text: its type and profile are
   * replaced in the catalogue and the version's stored quality report is dropped (it is checked
   * again when next asked for). The rows do not change, since both types store the same strings.
   *
   * @param dataset the dataset version
   * @param profile the column's new profile, of the same name, typed categorical or text
   * @return the version as now stored
   * @throws IllegalArgumentException when the column is unknown or either type does not hold strings
   */
  public DatasetInfo changeColumnType(DatasetInfo dataset, ColumnProfile profile) {
    int position = -1;
    for (int i = 0; i < dataset.columns().size(); i++) {
      if (dataset.columns().get(i).name().equals(profile.name())) {
        position = i;
      }
    }
    if (position < 0 || !profile.type().holdsStrings() || !dataset.columns().get(position).type().holdsStrings()) {
      throw new IllegalArgumentException("Column " + profile.name() + " cannot be retyped as " + profile.type());
    }
    int at = position;
    database.transaction("Could not change the type of column '" + profile.name() + "'.", c -> {
      if (!DatasetCatalogue.updateColumn(c, dataset.id(), at, profile)) {
        throw new WorkbenchException("There is no column '" + profile.name() + "' in dataset " + dataset.id() + ".");
      }
      return null;
    });
    return find(dataset.id()).orElseThrow();
  }

  private RowQueries.OrderSource orders(long datasetId) {
    return (column, keys) -> orders.get(datasetId, column, () -> ColumnOrder.of(keys.get()));
  }

  private static WorkbenchException damaged(String failure, Path dir, IOException e) {
    return new WorkbenchException(failure + " Its files in " + dir + " are missing or damaged (" + e.getMessage()
        + ").", e);
  }

  /** The rows rejected when a dataset version was imported, in the order they were reported. */
  public List<RejectedRow> rejected(long datasetId) {
    return database.read("Could not read the rejected rows of dataset " + datasetId + ".",
        c -> DatasetCatalogue.rejected(c, datasetId));
  }

  private DataTable readRows(long datasetId, int offset, int limit) {
    String failure = "Could not read the rows of dataset " + datasetId + ".";
    DatasetCatalogue.StoredTable folder = database.read(failure, c -> {
      DatasetCatalogue.StoredTable stored = DatasetCatalogue.storedTable(c, datasetId);
      if (stored == null) {
        throw new WorkbenchException("There is no dataset with id " + datasetId + " in this project.");
      }
      return ColumnarFiles.isStorageName(stored.layout().tableName()) ? stored : null;
    });
    if (folder == null) {
      return database.read(failure, c -> {
        DatasetCatalogue.StoredTable table = DatasetCatalogue.storedTable(c, datasetId);
        if (table == null) {
          throw new WorkbenchException("There is no dataset with id " + datasetId + " in this project.");
        }
        return DatasetRows.read(c, table, offset, limit);
      });
    }
    Path dir = datasetsDir.resolve(ColumnarFiles.folderName(folder.layout().tableName()));
    try {
      return new ColumnarReader(dir, folder.layout().columns(), folder.rowCount()).read(offset, limit);
    } catch (IOException e) {
      throw new WorkbenchException(failure + " Its files in " + dir + " are missing or damaged (" + e.getMessage()
          + ").", e);
    }
  }

  private Optional<DatasetInfo> first(String tail, Object... params) {
    return query(tail, params).stream().findFirst();
  }

  private List<DatasetInfo> query(String tail, Object... params) {
    return database.read("Could not read the project's datasets.", c -> DatasetCatalogue.query(c, tail, params));
  }
}
