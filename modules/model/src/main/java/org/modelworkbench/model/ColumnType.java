package org.modelworkbench.model;

import java.util.Locale;

/**
 * The inferred type of a tabular column.
 *
 * <p>Values held in a {@link DataTable} use one Java type per column type: {@code Long} for
 * {@link #INTEGER}, {@code Double} for {@link #DECIMAL}, {@code Boolean} for {@link #BOOLEAN},
 * {@code java.time.LocalDate} for {@link #DATE}, {@code java.time.LocalDateTime} for
 * {@link #TIMESTAMP} and {@code String} for {@link #CATEGORICAL}; {@code null} is a missing value.
 */
public enum ColumnType {
  /** Whole numbers. */
  INTEGER,
  /** Decimal numbers. */
  DECIMAL,
  /** true/false, yes/no and similar two-valued columns. */
  BOOLEAN,
  /** Calendar dates. */
  DATE,
  /** Dates with a time of day. */
  TIMESTAMP,
  /** Free or categorical text. */
  CATEGORICAL;

  /** Whether values of this type are numbers. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }

  /** The lower-case name used in JSON and on screen, for example {@code "decimal"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()} back, case-insensitively. */
  public static ColumnType fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
