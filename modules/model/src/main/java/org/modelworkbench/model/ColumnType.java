package org.modelworkbench.model;

import java.util.Locale;

/**
 * The inferred type of a tabular column.
 *
 * <p>Values held in a {@link DataTable} use one Java type per column type: {@code Long} for
 * {@link #INTEGER}, {@code Double} for {@link #DECIMAL}, {@code Boolean} for {@link #BOOLEAN},
 * {@code java.time.LocalDate} for {@link #DATE}, {@code java.time.LocalDateTime} for
 * {@link #TIMESTAMP} and {@code String} for {@link #CATEGORICAL} and {@link #TEXT}; {@code null} is
 * a missing value.
 *
 * <p>The constant names are stored in project files: never rename one, only add.
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
  /** Labels from a small set of values (a city, a product, a class). */
  CATEGORICAL,
  /**
   * Free text (a ticket, a review, an e-mail): long values, mostly distinct, made of words. Stored
   * like {@link #CATEGORICAL} values, but read word by word rather than as one category.
   */
  TEXT;

  /** Whether values of this type are numbers. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }

  /**
   * Whether values of this type are {@code String}s: {@link #CATEGORICAL} and {@link #TEXT}, which
   * are stored alike (a dictionary of entries and a code per row).
   */
  public boolean holdsStrings() {
    return this == CATEGORICAL || this == TEXT;
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
