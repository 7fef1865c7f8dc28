package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.store.sql.TypedTable;

/** Looks at the schema of an open project directly, for assertions. */
final class SchemaQueries {
  private SchemaQueries() {}

  /** The names of the tables in the project's schema. */
  static List<String> tables(ProjectDatabase project) {
    return project.database().read("tables", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
          + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA ORDER BY TABLE_NAME");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** The typed dataset tables, DATA_<id>. */
  static List<String> dataTables(ProjectDatabase project) {
    return tables(project).stream().filter(TypedTable::isTableName).toList();
  }

  /** The first column of the first row of a query, as text (null for SQL NULL). */
  static String single(ProjectDatabase project, String sql) {
    return project.database().read("single", c -> {
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getString(1) : null;
      }
    });
  }

  /** Runs one DDL statement (a statement without parameters). */
  static void execute(ProjectDatabase project, String sql) {
    project.database().read("execute", c -> {
      try (var s = c.createStatement()) {
        return s.execute(sql);
      }
    });
  }
}
