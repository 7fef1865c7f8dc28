package org.modelworkbench.store.columnar;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.modelworkbench.model.ColumnType;

/**
 * Moves data values between the Java types {@link ColumnType} names and the typed table's SQL
 * columns.
 */
public final class ColumnValues {
  private ColumnValues() {}

  /** The Java type a column's values have in a {@link org.modelworkbench.model.DataTable}. */
  static Class<?> javaType(ColumnType type) {
    return switch (type) {
      case INTEGER -> Long.class;
      case DECIMAL -> Double.class;
      case BOOLEAN -> Boolean.class;
      case DATE -> LocalDate.class;
      case TIMESTAMP -> LocalDateTime.class;
      case CATEGORICAL, TEXT -> String.class;
    };
  }

  /**
   * Binds one value.
   *
   * @throws IllegalArgumentException if the value is not of the column type's Java type
   */
  public static void bind(PreparedStatement ps, int index, ColumnType type, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType(type));
      return;
    }
    if (!javaType(type).isInstance(value)) {
      throw new IllegalArgumentException("holds a " + value.getClass().getSimpleName() + ", but "
          + type.label() + " columns hold " + javaType(type).getSimpleName() + " values");
    }
    switch (type) {
      case INTEGER -> ps.setLong(index, (Long) value);
      case DECIMAL -> ps.setDouble(index, (Double) value);
      case BOOLEAN -> ps.setBoolean(index, (Boolean) value);
      case CATEGORICAL, TEXT -> ps.setString(index, (String) value);
      // java.time values go through setObject (JDBC 4.2), which keeps nanoseconds.
      case DATE, TIMESTAMP -> ps.setObject(index, value);
    }
  }

  /** Reads one value as its column type's Java type; NULL reads as null. */
  public static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
    return rs.getObject(index, javaType(type));
  }

  private static int sqlType(ColumnType type) {
    return switch (type) {
      case INTEGER -> Types.BIGINT;
      case DECIMAL -> Types.DOUBLE;
      case BOOLEAN -> Types.BOOLEAN;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP;
      case CATEGORICAL, TEXT -> Types.VARCHAR;
    };
  }
}
