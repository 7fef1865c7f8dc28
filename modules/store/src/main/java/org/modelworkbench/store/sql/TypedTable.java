package org.modelworkbench.store.sql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;

/**
 * The layout of one dataset version's typed row table, {@code DATA_<id>}, and the SQL that writes
 * and reads it. Every identifier is quoted; values always go through parameters.
 *
 * <p>The table has a {@code ROW_NO} primary key, the 0-based row index (the index a
 * {@link org.modelworkbench.model.DataSplit} uses), then one column per data column, named like
 * the data column. A name H2 cannot take (empty, longer than H2's 256-character limit, equal to
 * {@code ROW_NO}, or a repeat) gets {@code COLUMN_<position>} instead; the catalogue keeps both.
 *
 * @param tableName the table name, {@code DATA_<id>}
 * @param columns the data columns, in order
 * @param tableColumns the SQL column name of each data column, in the same order
 */
public record TypedTable(String tableName, List<ColumnSchema> columns, List<String> tableColumns) {
  /** Name of the row index column. */
  static final String ROW_NO = "ROW_NO";
  /** H2's longest identifier. */
  static final int MAX_IDENTIFIER_LENGTH = 256;
  private static final String PREFIX = "DATA_";
  private static final Pattern TABLE_NAME = Pattern.compile("DATA_[0-9]+");

  /** Copies the lists. */
  public TypedTable {
    columns = List.copyOf(columns);
    tableColumns = List.copyOf(tableColumns);
  }

  /**
   * Plans the table of a new dataset version. Usable data column names are taken first, so a
   * fallback name never displaces a real column that is called, say, {@code COLUMN_2}.
   */
  public static TypedTable plan(long datasetId, List<ColumnSchema> columns) {
    Set<String> used = new HashSet<>();
    used.add(ROW_NO);
    String[] names = new String[columns.size()];
    for (int i = 0; i < names.length; i++) {
      String wanted = columns.get(i).name();
      if (usable(wanted) && used.add(wanted)) {
        names[i] = wanted;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null) {
        names[i] = fallback(i, used);
        used.add(names[i]);
      }
    }
    return new TypedTable(tableName(datasetId), columns, List.of(names));
  }

  /** The table name of a dataset id. */
  static String tableName(long datasetId) {
    return PREFIX + datasetId;
  }

  /** Whether a table name is one this store makes for dataset rows. */
  public static boolean isTableName(String name) {
    return name != null && TABLE_NAME.matcher(name).matches();
  }

  private static boolean usable(String name) {
    return !name.isEmpty() && name.length() <= MAX_IDENTIFIER_LENGTH;
  }

  private static String fallback(int position, Set<String> used) {
    String base = "COLUMN_" + (position + 1);
    String name = base;
    for (int n = 2; used.contains(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /** The SQL type of a column type. Timestamps keep nanoseconds so values round-trip exactly. */
  static String sqlType(ColumnType type) {
    return switch (type) {
      case INTEGER -> "BIGINT";
      case DECIMAL -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP(9)";
      case CATEGORICAL, TEXT -> "CHARACTER VARYING";
    };
  }

  /** {@code CREATE TABLE} for this layout. */
  public String createSql() {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(SqlNames.quote(tableName))
        .append(" (").append(SqlNames.quote(ROW_NO)).append(" BIGINT PRIMARY KEY");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(", ").append(SqlNames.quote(tableColumns.get(i))).append(' ')
          .append(sqlType(columns.get(i).type()));
    }
    return sql.append(')').toString();
  }

  /** {@code DROP TABLE IF EXISTS} for this layout. */
  public String dropSql() {
    return "DROP TABLE IF EXISTS " + SqlNames.quote(tableName);
  }

  /** {@code INSERT} of one row: parameter 1 is ROW_NO, then one per data column. */
  public String insertSql() {
    String names = tableColumns.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
    String marks = "?, ".repeat(columns.size());
    return "INSERT INTO " + SqlNames.quote(tableName) + " (" + SqlNames.quote(ROW_NO)
        + (names.isEmpty() ? "" : ", " + names) + ") VALUES (" + marks + "?)";
  }

  /**
   * {@code SELECT} of the data columns in row order, optionally paged: then parameter 1 is the
   * offset and parameter 2 the limit.
   */
  public String selectSql(boolean paged) {
    // ROW_NO goes first so a table without data columns still has a valid select list.
    StringBuilder sql = new StringBuilder("SELECT ").append(SqlNames.quote(ROW_NO));
    tableColumns.forEach(name -> sql.append(", ").append(SqlNames.quote(name)));
    sql.append(" FROM ").append(SqlNames.quote(tableName)).append(" ORDER BY ").append(SqlNames.quote(ROW_NO));
    if (paged) {
      sql.append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    }
    return sql.toString();
  }
}
