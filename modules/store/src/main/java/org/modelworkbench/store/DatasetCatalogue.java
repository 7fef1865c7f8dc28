package org.modelworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RejectedRow;
import org.modelworkbench.store.json.ProfileJson;
import org.modelworkbench.store.sql.SqlValues;
import org.modelworkbench.store.sql.TypedTable;

/** Reads and writes the catalogue tables: datasets, dataset_columns and dataset_rejects. */
final class DatasetCatalogue {
  /** The storage names of every dataset kept in columnar files. */
  static List<String> folderStorageNames(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM datasets WHERE table_name LIKE 'datasets/%'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Every query on datasets starts with this; callers add a constant WHERE / ORDER BY. */
  static final String SELECT_DATASETS = "SELECT d.id, d.name, d.version, d.source_file, d.sha256, "
      + "d.row_count, d.rejected_count, d.imported_at, d.charset FROM datasets d ";
  private static final String SELECT_COLUMNS = "SELECT dataset_id, name, type, missing_count, "
      + "distinct_count, min_value, max_value, mean, stddev, top_values, histogram FROM dataset_columns "
      + "WHERE dataset_id = ANY(?) ORDER BY dataset_id, position";
  private static final int BATCH_SIZE = 1000;

  private DatasetCatalogue() {}

  /**
   * Runs a datasets query and attaches each dataset's column profiles.
   *
   * @param tail a constant WHERE / ORDER BY clause over alias {@code d}; values only as parameters
   * @param params the parameter values, in order
   */
  static List<DatasetInfo> query(Connection c, String tail, Object... params) throws SQLException {
    List<DatasetRow> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_DATASETS + tail)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new DatasetRow(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
              rs.getString("source_file"), rs.getString("sha256"), rs.getLong("row_count"),
              rs.getLong("rejected_count"), SqlValues.getInstant(rs, "imported_at"), rs.getString("charset")));
        }
      }
    }
    Map<Long, List<ColumnProfile>> profiles = profiles(c, rows.stream().map(DatasetRow::id).toList());
    return rows.stream().map(r -> r.toInfo(profiles.getOrDefault(r.id(), List.of()))).toList();
  }

  /** The column profiles of some datasets, by dataset id, in column order; one query for all. */
  private static Map<Long, List<ColumnProfile>> profiles(Connection c, List<Long> ids) throws SQLException {
    Map<Long, List<ColumnProfile>> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT_COLUMNS)) {
      ps.setObject(1, ids.toArray(new Long[0]));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ColumnProfile profile = new ColumnProfile(rs.getString("name"),
              ColumnType.valueOf(rs.getString("type")), rs.getLong("missing_count"),
              rs.getLong("distinct_count"), SqlValues.getDouble(rs, "min_value"),
              SqlValues.getDouble(rs, "max_value"), SqlValues.getDouble(rs, "mean"),
              SqlValues.getDouble(rs, "stddev"), ProfileJson.topValuesFromJson(rs.getString("top_values")),
              ProfileJson.histogramFromJson(rs.getString("histogram")));
          out.computeIfAbsent(rs.getLong("dataset_id"), k -> new ArrayList<>()).add(profile);
        }
      }
    }
    return out;
  }

  /** The next version number of a dataset name: 1 for a new name. */
  static int nextVersion(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM datasets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /**
   * Inserts the catalogue rows of a dataset version; the caller commits.
   *
   * @param storageName where the rows are: a {@code DATA_<id>} table or a {@code datasets/<id>} folder
   * @param storedColumns each column's name in that table, or its file stem in that folder
   */
  static void insert(Connection c, DatasetInfo info, String storageName, List<String> storedColumns,
      List<RejectedRow> rejected) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO datasets (id, name, version, source_file, "
        + "sha256, row_count, rejected_count, imported_at, table_name, charset) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, info.id());
      ps.setString(2, info.name());
      ps.setInt(3, info.version());
      SqlValues.setText(ps, 4, info.sourceFile());
      SqlValues.setText(ps, 5, info.sha256());
      ps.setLong(6, info.rows());
      ps.setLong(7, info.rejectedRows());
      SqlValues.setInstant(ps, 8, info.importedAt());
      ps.setString(9, storageName);
      SqlValues.setText(ps, 10, info.charset());
      ps.executeUpdate();
    }
    insertColumns(c, info, storedColumns);
    insertRejects(c, info.id(), rejected);
  }

  private static void insertColumns(Connection c, DatasetInfo info, List<String> storedColumns)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_columns (dataset_id, position, name, "
        + "table_column, type, missing_count, distinct_count, min_value, max_value, mean, stddev, top_values, "
        + "histogram) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < info.columns().size(); i++) {
        ColumnProfile p = info.columns().get(i);
        ps.setLong(1, info.id());
        ps.setInt(2, i);
        ps.setString(3, p.name());
        ps.setString(4, storedColumns.get(i));
        ps.setString(5, p.type().name());
        ps.setLong(6, p.missing());
        ps.setLong(7, p.distinct());
        SqlValues.setDouble(ps, 8, p.min());
        SqlValues.setDouble(ps, 9, p.max());
        SqlValues.setDouble(ps, 10, p.mean());
        SqlValues.setDouble(ps, 11, p.stddev());
        ps.setString(12, ProfileJson.topValuesToJson(p.topValues()));
        ps.setString(13, ProfileJson.histogramToJson(p.histogram()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Replaces one column's type and profile, and drops the version's stored quality report (its
   * findings depend on the types); the caller commits.
   *
   * @return whether the column was there
   */
  static boolean updateColumn(Connection c, long datasetId, int position, ColumnProfile p) throws SQLException {
    int updated;
    try (PreparedStatement ps = c.prepareStatement("UPDATE dataset_columns SET type = ?, missing_count = ?, "
        + "distinct_count = ?, min_value = ?, max_value = ?, mean = ?, stddev = ?, top_values = ?, histogram = ? "
        + "WHERE dataset_id = ? AND position = ? AND name = ?")) {
      ps.setString(1, p.type().name());
      ps.setLong(2, p.missing());
      ps.setLong(3, p.distinct());
      SqlValues.setDouble(ps, 4, p.min());
      SqlValues.setDouble(ps, 5, p.max());
      SqlValues.setDouble(ps, 6, p.mean());
      SqlValues.setDouble(ps, 7, p.stddev());
      ps.setString(8, ProfileJson.topValuesToJson(p.topValues()));
      ps.setString(9, ProfileJson.histogramToJson(p.histogram()));
      ps.setLong(10, datasetId);
      ps.setInt(11, position);
      ps.setString(12, p.name());
      updated = ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset_quality WHERE dataset_id = ?")) {
      ps.setLong(1, datasetId);
      ps.executeUpdate();
    }
    return updated == 1;
  }

  private static void insertRejects(Connection c, long datasetId, List<RejectedRow> rejected) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO dataset_rejects (dataset_id, position, line, reason, content) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < rejected.size(); i++) {
        RejectedRow row = rejected.get(i);
        ps.setLong(1, datasetId);
        ps.setInt(2, i);
        ps.setLong(3, row.line());
        ps.setString(4, row.reason() == null ? "" : row.reason());
        SqlValues.setText(ps, 5, row.content());
        ps.addBatch();
        if ((i + 1) % BATCH_SIZE == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** The rejected rows of a dataset, in the order the importer reported them. */
  static List<RejectedRow> rejected(Connection c, long datasetId) throws SQLException {
    List<RejectedRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT line, reason, content FROM dataset_rejects WHERE dataset_id = ? ORDER BY position")) {
      ps.setLong(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RejectedRow(rs.getLong("line"), rs.getString("reason"), rs.getString("content")));
        }
      }
    }
    return out;
  }

  /**
   * The stored layout of a dataset's rows and its row count, or null if there is no such dataset.
   * For a dataset kept in columnar files the layout's table name is its {@code datasets/<id>}
   * storage name (see {@link ColumnarFiles}).
   */
  static StoredTable storedTable(Connection c, long datasetId) throws SQLException {
    String tableName;
    long rowCount;
    try (PreparedStatement ps = c.prepareStatement("SELECT table_name, row_count FROM datasets WHERE id = ?")) {
      ps.setLong(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        tableName = rs.getString(1);
        rowCount = rs.getLong(2);
      }
    }
    List<ColumnSchema> columns = new ArrayList<>();
    List<String> tableColumns = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, type, table_column FROM dataset_columns WHERE dataset_id = ? ORDER BY position")) {
      ps.setLong(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(new ColumnSchema(rs.getString(1), ColumnType.valueOf(rs.getString(2))));
          tableColumns.add(rs.getString(3));
        }
      }
    }
    return new StoredTable(new TypedTable(tableName, columns, tableColumns), rowCount);
  }

  /**
   * A stored typed table and how many rows it holds.
   *
   * @param layout its layout
   * @param rowCount its row count
   */
  record StoredTable(TypedTable layout, long rowCount) {}

  /** A datasets row before its column profiles are attached. */
  private record DatasetRow(long id, String name, int version, String sourceFile, String sha256,
      long rows, long rejected, Instant importedAt, String charset) {
    DatasetInfo toInfo(List<ColumnProfile> columns) {
      return new DatasetInfo(id, name, version, sourceFile, sha256, rows, columns, rejected, importedAt, charset);
    }
  }
}
