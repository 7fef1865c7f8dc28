package org.modelworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.store.sql.SqlNames;
import org.modelworkbench.store.sql.TypedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops typed dataset tables that no catalogue row names: what an import leaves behind when its
 * process dies after creating the table and before the final commit.
 */
final class OrphanTables {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanTables.class);
  private static final String FIND = """
      SELECT t.TABLE_NAME FROM INFORMATION_SCHEMA.TABLES t
      WHERE t.TABLE_SCHEMA = CURRENT_SCHEMA AND t.TABLE_TYPE = 'BASE TABLE'
        AND t.TABLE_NAME LIKE 'DATA\\_%' ESCAPE '\\'
        AND NOT EXISTS (SELECT 1 FROM datasets d WHERE d.table_name = t.TABLE_NAME)
      """;

  private OrphanTables() {}

  /**
   * Drops the orphans.
   *
   * @return how many tables were dropped
   */
  static int drop(Connection connection) throws SQLException {
    List<String> orphans = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(FIND); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString(1);
        // Only names this store makes; anything else in the schema is not ours to drop.
        if (TypedTable.isTableName(name)) {
          orphans.add(name);
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String name : orphans) {
        statement.execute("DROP TABLE IF EXISTS " + SqlNames.quote(name));
        LOG.info("Dropped unfinished dataset table {}", name);
      }
    }
    return orphans.size();
  }
}
