package org.modelworkbench.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One whole column of a dataset in primitive arrays, for scans over millions of rows without an
 * object per cell: a missing flag per row and, by type,
 * <ul>
 *   <li>whole numbers, dates and yes/no: a {@code long} per row (the number, the epoch day, 1 or 0);
 *   <li>decimals: a {@code double} per row;
 *   <li>timestamps: the epoch second (UTC) as a {@code long} and the nanosecond as an {@code int};
 *   <li>text: a dictionary of entries and an entry code per row (an entry may occur more than
 *       once in the dictionary; equal texts are equal values all the same).
 * </ul>
 * Values of missing rows are meaningless. The arrays are shared, not copied: do not change them.
 */
public final class PrimitiveColumn {
  private final ColumnSchema schema;
  private final boolean[] missing;
  private final long[] longs;
  private final double[] doubles;
  private final int[] nanos;
  private final int[] codes;
  private final String[] entries;

  private PrimitiveColumn(ColumnSchema schema, boolean[] missing, long[] longs, double[] doubles, int[] nanos,
      int[] codes, String[] entries) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.missing = missing;
    this.longs = longs;
    this.doubles = doubles;
    this.nanos = nanos;
    this.codes = codes;
    this.entries = entries;
  }

  /**
   * A whole-number, date or yes/no column.
   *
   * @param schema the column; of type integer, date or boolean
   * @param missing per row, whether it is missing
   * @param values per row: the number, the epoch day, or 1 for yes and 0 for no
   */
  public static PrimitiveColumn ofLongs(ColumnSchema schema, boolean[] missing, long[] values) {
    require(schema, values.length == missing.length, ColumnType.INTEGER, ColumnType.DATE, ColumnType.BOOLEAN);
    return new PrimitiveColumn(schema, missing, values, null, null, null, null);
  }

  /** A decimal column: per row whether it is missing, and its value. */
  public static PrimitiveColumn ofDecimals(ColumnSchema schema, boolean[] missing, double[] values) {
    require(schema, values.length == missing.length, ColumnType.DECIMAL);
    return new PrimitiveColumn(schema, missing, null, values, null, null, null);
  }

  /** A timestamp column: per row whether it is missing, its epoch second (UTC) and its nanosecond. */
  public static PrimitiveColumn ofTimestamps(ColumnSchema schema, boolean[] missing, long[] epochSeconds,
      int[] nanos) {
    require(schema, epochSeconds.length == missing.length && nanos.length == missing.length, ColumnType.TIMESTAMP);
    return new PrimitiveColumn(schema, missing, epochSeconds, null, nanos, null, null);
  }

  /** A text column: per row whether it is missing and its entry's code, and the entries by code. */
  public static PrimitiveColumn ofTexts(ColumnSchema schema, boolean[] missing, int[] codes, String[] entries) {
    require(schema, codes.length == missing.length, ColumnType.CATEGORICAL, ColumnType.TEXT);
    return new PrimitiveColumn(schema, missing, null, null, null, codes, entries);
  }

  /**
   * A column of an in-memory table, whose values are of the Java types {@link ColumnType} names.
   *
   * @throws ClassCastException if a value is of another type
   */
  public static PrimitiveColumn of(DataTable table, int column) {
    ColumnSchema schema = table.columns().get(column);
    int rows = table.rowCount();
    boolean[] missing = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      missing[r] = table.value(r, column) == null;
    }
    switch (schema.type()) {
      case DECIMAL -> {
        double[] values = new double[rows];
        for (int r = 0; r < rows; r++) {
          values[r] = missing[r] ? 0 : (Double) table.value(r, column);
        }
        return ofDecimals(schema, missing, values);
      }
      case TIMESTAMP -> {
        long[] seconds = new long[rows];
        int[] nanos = new int[rows];
        for (int r = 0; r < rows; r++) {
          if (!missing[r]) {
            LocalDateTime t = (LocalDateTime) table.value(r, column);
            seconds[r] = t.toEpochSecond(ZoneOffset.UTC);
            nanos[r] = t.getNano();
          }
        }
        return ofTimestamps(schema, missing, seconds, nanos);
      }
      case CATEGORICAL, TEXT -> {
        Map<String, Integer> dictionary = new HashMap<>();
        int[] codes = new int[rows];
        for (int r = 0; r < rows; r++) {
          if (!missing[r]) {
            codes[r] = dictionary.computeIfAbsent((String) table.value(r, column), text -> dictionary.size());
          }
        }
        String[] entries = new String[dictionary.size()];
        dictionary.forEach((text, code) -> entries[code] = text);
        return ofTexts(schema, missing, codes, entries);
      }
      default -> {
        long[] values = new long[rows];
        for (int r = 0; r < rows; r++) {
          Object v = table.value(r, column);
          if (v != null) {
            values[r] = switch (schema.type()) {
              case INTEGER -> (Long) v;
              case DATE -> ((LocalDate) v).toEpochDay();
              default -> (Boolean) v ? 1 : 0;
            };
          }
        }
        return ofLongs(schema, missing, values);
      }
    }
  }

  private static void require(ColumnSchema schema, boolean sameLength, ColumnType... types) {
    if (!sameLength) {
      throw new IllegalArgumentException("Column " + schema.name() + ": the arrays differ in length");
    }
    for (ColumnType type : types) {
      if (schema.type() == type) {
        return;
      }
    }
    throw new IllegalArgumentException("Column " + schema.name() + " is of type " + schema.type().label());
  }

  /** The column's name and type. */
  public ColumnSchema schema() {
    return schema;
  }

  /** The column's type. */
  public ColumnType type() {
    return schema.type();
  }

  /** The number of rows. */
  public int rowCount() {
    return missing.length;
  }

  /** Whether a row's value is missing. */
  public boolean missing(int row) {
    return missing[row];
  }

  /** A row's whole number, epoch day, yes/no as 1 or 0, or a timestamp's epoch second. */
  public long longValue(int row) {
    return longs[row];
  }

  /** A row's decimal (decimal columns). */
  public double decimal(int row) {
    return doubles[row];
  }

  /** A row's nanosecond within its second (timestamp columns). */
  public int nanos(int row) {
    return nanos[row];
  }

  /** A row's dictionary code (text columns). */
  public int code(int row) {
    return codes[row];
  }

  /** The dictionary (text columns), indexed by code. */
  public String[] entries() {
    return entries;
  }

  /**
   * A row's value as a number, as {@link DataTable#toDouble} gives it: numbers as they are, yes/no
   * as 1 or 0, dates as epoch days, timestamps as epoch seconds, and NaN when missing or text.
   */
  public double number(int row) {
    if (missing[row] || codes != null) {
      return Double.NaN;
    }
    return doubles != null ? doubles[row] : longs[row];
  }

  /** A row's value as a {@link DataTable} holds it, or null when missing. */
  public Object value(int row) {
    if (missing[row]) {
      return null;
    }
    return switch (schema.type()) {
      case INTEGER -> longs[row];
      case DECIMAL -> doubles[row];
      case BOOLEAN -> longs[row] != 0;
      case DATE -> LocalDate.ofEpochDay(longs[row]);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(longs[row], nanos[row], ZoneOffset.UTC);
      case CATEGORICAL, TEXT -> entries[codes[row]];
    };
  }
}
