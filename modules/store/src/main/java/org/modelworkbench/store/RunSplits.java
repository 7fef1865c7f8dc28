package org.modelworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.store.browse.RowIndexes;

/** Writes and reads a run's train / validation / test split, one run_splits row per part. */
final class RunSplits {
  private static final String TRAIN = "train";
  private static final String VALIDATION = "validation";
  private static final String TEST = "test";

  private RunSplits() {}

  /** Inserts the three parts of a split. */
  static void insert(Connection c, long runId, DataSplit split) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO run_splits (run_id, part, row_indexes, seed, stratified) VALUES (?, ?, ?, ?, ?)")) {
      add(ps, runId, TRAIN, split.train(), split);
      add(ps, runId, VALIDATION, split.validation(), split);
      add(ps, runId, TEST, split.test(), split);
      ps.executeBatch();
    }
  }

  private static void add(PreparedStatement ps, long runId, String part, int[] rows, DataSplit split)
      throws SQLException {
    ps.setLong(1, runId);
    ps.setString(2, part);
    ps.setBytes(3, RowIndexes.pack(rows));
    ps.setLong(4, split.seed());
    ps.setBoolean(5, split.stratified());
    ps.addBatch();
  }

  /** The split of a run, or null if none was stored. */
  static DataSplit find(Connection c, long runId) throws SQLException {
    Map<String, int[]> parts = new HashMap<>();
    long seed = 0;
    boolean stratified = false;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT part, row_indexes, seed, stratified FROM run_splits WHERE run_id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          parts.put(rs.getString("part"), RowIndexes.unpack(rs.getBytes("row_indexes")));
          seed = rs.getLong("seed");
          stratified = rs.getBoolean("stratified");
        }
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    return new DataSplit(part(parts, TRAIN), part(parts, VALIDATION), part(parts, TEST), seed, stratified);
  }

  private static int[] part(Map<String, int[]> parts, String name) {
    return parts.getOrDefault(name, new int[0]);
  }
}
