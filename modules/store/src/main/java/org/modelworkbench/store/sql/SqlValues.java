package org.modelworkbench.store.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Binding and reading of the nullable and time values the catalogue tables use. */
public final class SqlValues {
  private SqlValues() {}

  /**
   * The current time at the millisecond precision the catalogue stores, so a value returned right
   * after an insert equals the one read back later.
   */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Binds an instant to a TIMESTAMP WITH TIME ZONE parameter, in UTC; null binds NULL. */
  public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  /** Reads a TIMESTAMP WITH TIME ZONE column as an instant; NULL reads as null. */
  public static Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Binds a nullable BIGINT parameter. */
  public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  /** Reads a nullable BIGINT column. */
  public static Long getLong(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, Long.class);
  }

  /** Binds a nullable text parameter. */
  public static void setText(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /** Reads a nullable DOUBLE PRECISION column. */
  public static Double getDouble(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, Double.class);
  }

  /** Binds a nullable DOUBLE PRECISION parameter. */
  public static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  /** The id the database generated for the row a statement just inserted. */
  public static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("The database returned no generated id");
      }
      return keys.getLong(1);
    }
  }
}
