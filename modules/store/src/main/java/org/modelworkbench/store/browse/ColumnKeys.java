package org.modelworkbench.store.browse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * One whole column in primitive arrays, for sorting and filtering rows without boxing: a missing
 * flag per row, and per row either an order-preserving {@code long} key (numbers, yes/no, dates,
 * timestamps) or a dictionary code (text).
 *
 * <p>Keys compare as the values do: whole numbers, yes/no (0, 1) and dates (epoch day) as they
 * are; decimals as their IEEE bits with the negative range flipped; timestamps as nanoseconds since
 * 1970, clamped to the years 1677-2262.
 */
public final class ColumnKeys {
  private static final long LOW_63 = Long.MAX_VALUE;
  private static final long NANOS = 1_000_000_000L;

  private final ColumnType type;
  private final boolean[] missing;
  private final long[] keys;
  private final int[] codes;
  private final String[] entries;

  private ColumnKeys(ColumnType type, boolean[] missing, long[] keys, int[] codes, String[] entries) {
    this.type = type;
    this.missing = missing;
    this.keys = keys;
    this.codes = codes;
    this.entries = entries;
  }

  /** A number, yes/no, date or timestamp column from its keys. */
  static ColumnKeys ofKeys(ColumnType type, boolean[] missing, long[] keys) {
    if (type.holdsStrings()) {
      throw new IllegalArgumentException("A text column has codes, not keys");
    }
    return new ColumnKeys(type, missing, keys, null, null);
  }

  /** A text column from its dictionary codes and entries. */
  static ColumnKeys ofCodes(boolean[] missing, int[] codes, String[] entries) {
    return new ColumnKeys(ColumnType.CATEGORICAL, missing, null, codes, entries);
  }

  /** A column read whole, in primitive arrays. */
  public static ColumnKeys of(PrimitiveColumn column) {
    int rows = column.rowCount();
    boolean[] missing = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      missing[r] = column.missing(r);
    }
    ColumnType type = column.type();
    if (type.holdsStrings()) {
      int[] codes = new int[rows];
      for (int r = 0; r < rows; r++) {
        codes[r] = missing[r] ? 0 : column.code(r);
      }
      return ofCodes(missing, codes, column.entries());
    }
    long[] keys = new long[rows];
    for (int r = 0; r < rows; r++) {
      if (!missing[r]) {
        keys[r] = switch (type) {
          case DECIMAL -> decimalKey(column.decimal(r));
          case TIMESTAMP -> timestampKey(column.longValue(r), column.nanos(r));
          default -> column.longValue(r);
        };
      }
    }
    return ofKeys(type, missing, keys);
  }

  /** A column of an in-memory table, its values of the Java types {@link ColumnType} names. */
  public static ColumnKeys ofValues(ColumnType type, Object[] values) {
    boolean[] missing = new boolean[values.length];
    for (int r = 0; r < values.length; r++) {
      missing[r] = values[r] == null;
    }
    if (type.holdsStrings()) {
      Map<String, Integer> dictionary = new HashMap<>();
      int[] codes = new int[values.length];
      for (int r = 0; r < values.length; r++) {
        if (values[r] != null) {
          codes[r] = dictionary.computeIfAbsent((String) values[r], text -> dictionary.size());
        }
      }
      String[] entries = new String[dictionary.size()];
      dictionary.forEach((text, code) -> entries[code] = text);
      return ofCodes(missing, codes, entries);
    }
    long[] keys = new long[values.length];
    for (int r = 0; r < values.length; r++) {
      if (values[r] != null) {
        keys[r] = key(values[r]);
      }
    }
    return ofKeys(type, missing, keys);
  }

  private static long key(Object value) {
    if (value instanceof Long v) {
      return v;
    }
    if (value instanceof Double v) {
      return decimalKey(v);
    }
    if (value instanceof Boolean v) {
      return v ? 1 : 0;
    }
    if (value instanceof LocalDate v) {
      return v.toEpochDay();
    }
    LocalDateTime t = (LocalDateTime) value;
    return timestampKey(t.toEpochSecond(ZoneOffset.UTC), t.getNano());
  }

  /** The key of a decimal: its bits, with negative numbers flipped so keys compare as numbers. */
  static long decimalKey(double value) {
    long bits = Double.doubleToLongBits(value);
    return bits ^ ((bits >> 63) & LOW_63);
  }

  /** The key of a timestamp: nanoseconds since 1970, clamped to what a long holds. */
  static long timestampKey(long epochSecond, int nanos) {
    long high = Math.multiplyHigh(epochSecond, NANOS);
    long low = epochSecond * NANOS;
    if (high != (low >> 63)) {
      return epochSecond < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    long sum = low + nanos;
    return sum < low ? Long.MAX_VALUE : sum;
  }

  /** The column's type. */
  ColumnType type() {
    return type;
  }

  /** The number of rows. */
  int rowCount() {
    return missing.length;
  }

  /** Whether a row's value is missing. */
  boolean missing(int row) {
    return missing[row];
  }

  /** Whether the column holds text, so rows have {@link #code} and not {@link #key}. */
  boolean isText() {
    return codes != null;
  }

  /** A row's order key (not text). */
  long key(int row) {
    return keys[row];
  }

  /** A row's dictionary code (text only). */
  int code(int row) {
    return codes[row];
  }

  /** The dictionary entries, indexed by code (text only). */
  String[] entries() {
    return entries;
  }

  /** A row's value as a number: whole numbers, decimals, yes/no as 0 or 1, dates as epoch days. */
  double number(int row) {
    long key = keys[row];
    return switch (type) {
      case DECIMAL -> Double.longBitsToDouble(key ^ ((key >> 63) & LOW_63));
      case TIMESTAMP -> Math.floorDiv(key, NANOS);
      case CATEGORICAL, TEXT -> throw new IllegalStateException("A text column has no numbers");
      default -> key;
    };
  }

  /**
   * A row's value as plain text: numbers without grouping or trailing zeros, ISO dates and
   * timestamps, {@code true}/{@code false}; null when missing.
   */
  String text(int row) {
    if (missing[row]) {
      return null;
    }
    if (codes != null) {
      return entries[codes[row]];
    }
    long key = keys[row];
    return switch (type) {
      case INTEGER -> Long.toString(key);
      case DECIMAL -> decimalText(number(row));
      case BOOLEAN -> key != 0 ? "true" : "false";
      case DATE -> LocalDate.ofEpochDay(key).toString();
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(Math.floorDiv(key, NANOS), (int) Math.floorMod(key, NANOS),
          ZoneOffset.UTC).toString();
      case CATEGORICAL, TEXT -> throw new IllegalStateException("unreachable");
    };
  }

  private static String decimalText(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
