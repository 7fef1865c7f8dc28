package org.modelworkbench.data.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * 64-bit hashes of cell values and of whole rows, so equal values and rows can be found without
 * keeping their text. Two different values get the same hash with a chance of about one in 10^19
 * per pair, far too rare to change a count on a million rows.
 */
final class ValueHash {
  private static final long NULL_HASH = 0x7A3F_1C9E_55D2_0B61L;
  private static final long TRUE_HASH = 0x1B87_3593_4C1F_9D2EL;
  private static final long FALSE_HASH = 0x2E4C_8A61_F09B_7D35L;
  private static final long LONG_SALT = 0x5851_F42D_4C95_7F2DL;
  private static final long DOUBLE_SALT = 0x1405_7B7E_F767_814FL;
  private static final long DATE_SALT = 0x6C8E_9CF5_7093_2BD5L;
  private static final long TIME_SALT = 0x3C6E_F372_FE94_F82BL;
  private static final long OTHER_SALT = 0x510E_527F_ADE6_82D1L;
  private static final long ROW_SEED = 0x243F_6A88_85A3_08D3L;
  private static final long FNV_OFFSET = 0xCBF2_9CE4_8422_2325L;
  private static final long FNV_PRIME = 0x0000_0100_0000_01B3L;
  private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

  private ValueHash() {}

  /** The hash of one cell value; {@code null} (missing) has a hash of its own. */
  static long of(Object v) {
    if (v == null) {
      return NULL_HASH;
    }
    if (v instanceof String s) {
      return ofText(s);
    }
    if (v instanceof Long l) {
      return mix(l ^ LONG_SALT);
    }
    if (v instanceof Double d) {
      double normalised = d == 0.0 ? 0.0 : d;
      return mix(Double.doubleToLongBits(normalised) ^ DOUBLE_SALT);
    }
    if (v instanceof Boolean b) {
      return b ? TRUE_HASH : FALSE_HASH;
    }
    if (v instanceof LocalDate date) {
      return mix(date.toEpochDay() ^ DATE_SALT);
    }
    if (v instanceof LocalDateTime time) {
      return mix(mix(time.toEpochSecond(ZoneOffset.UTC) ^ TIME_SALT) + time.getNano());
    }
    return mix(v.hashCode() ^ OTHER_SALT);
  }

  /**
   * The hash of each row's value in a column, as {@link #of(Object)} gives it for the value a
   * {@link DataTable} would hold; a text column hashes each dictionary entry once.
   */
  static long[] ofColumn(PrimitiveColumn column) {
    int rows = column.rowCount();
    long[] hashes = new long[rows];
    long[] entryHashes = null;
    if (column.type().holdsStrings()) {
      String[] entries = column.entries();
      entryHashes = new long[entries.length];
      for (int e = 0; e < entries.length; e++) {
        entryHashes[e] = ofText(entries[e]);
      }
    }
    for (int r = 0; r < rows; r++) {
      if (column.missing(r)) {
        hashes[r] = NULL_HASH;
        continue;
      }
      hashes[r] = switch (column.type()) {
        case INTEGER -> mix(column.longValue(r) ^ LONG_SALT);
        case DECIMAL -> {
          double d = column.decimal(r);
          double normalised = d == 0.0 ? 0.0 : d;
          yield mix(Double.doubleToLongBits(normalised) ^ DOUBLE_SALT);
        }
        case BOOLEAN -> column.longValue(r) != 0 ? TRUE_HASH : FALSE_HASH;
        case DATE -> mix(column.longValue(r) ^ DATE_SALT);
        case TIMESTAMP -> mix(mix(column.longValue(r) ^ TIME_SALT) + column.nanos(r));
        case CATEGORICAL, TEXT -> entryHashes[column.code(r)];
      };
    }
    return hashes;
  }

  /** The starting point of row hashes folded with {@link #fold}, for a number of rows. */
  static long[] rowSeeds(int rows) {
    long[] hashes = new long[rows];
    Arrays.fill(hashes, ROW_SEED);
    return hashes;
  }

  /** Folds one column's value hashes into running row hashes (column order matters). */
  static void fold(long[] rowHashes, long[] valueHashes) {
    for (int r = 0; r < rowHashes.length; r++) {
      rowHashes[r] = combine(rowHashes[r], valueHashes[r]);
    }
  }

  /** Finishes running row hashes in place: the same as {@link #rows} gives for the folded columns. */
  static long[] finish(long[] rowHashes) {
    for (int r = 0; r < rowHashes.length; r++) {
      rowHashes[r] = mix(rowHashes[r]);
    }
    return rowHashes;
  }

  /**
   * The hash of each row over the given columns, in the given order.
   *
   * @param table the table
   * @param columns the column indexes to combine
   * @return one hash per row of the table
   */
  static long[] rows(DataTable table, int[] columns) {
    long[] hashes = new long[table.rowCount()];
    Arrays.fill(hashes, ROW_SEED);
    for (int c : columns) {
      for (int r = 0; r < hashes.length; r++) {
        hashes[r] = combine(hashes[r], of(table.value(r, c)));
      }
    }
    for (int r = 0; r < hashes.length; r++) {
      hashes[r] = mix(hashes[r]);
    }
    return hashes;
  }

  /** Folds one value's hash into a running row hash; the order of the values matters. */
  static long combine(long running, long valueHash) {
    return Long.rotateLeft(running ^ valueHash, 27) * GOLDEN + 0x632B_E59B_D9B4_E019L;
  }

  private static long ofText(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h ^ s.length());
  }

  /** The MurmurHash3 finaliser: spreads every input bit over the whole result. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51_AFD7_ED55_8CCDL;
    k ^= k >>> 33;
    k *= 0xC4CE_B9FE_1A85_EC53L;
    k ^= k >>> 33;
    return k;
  }
}
