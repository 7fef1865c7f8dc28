package org.modelworkbench.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A batch of typed rows held column by column in primitive arrays, so that a million-row import
 * hands its values from the parser to the storage without one object per cell.
 *
 * <p>Each column keeps its values in the array its {@link ColumnType} uses:
 *
 * <ul>
 *   <li>{@link ColumnType#INTEGER}: {@link #longs}; {@link ColumnType#BOOLEAN}: {@link #longs}
 *       holding 1 for true and 0 for false; {@link ColumnType#DATE}: {@link #longs} holding epoch
 *       days;
 *   <li>{@link ColumnType#TIMESTAMP}: {@link #longs} holding epoch seconds (UTC) and {@link #nanos}
 *       the nano-of-second;
 *   <li>{@link ColumnType#DECIMAL}: {@link #doubles};
 *   <li>{@link ColumnType#CATEGORICAL} and {@link ColumnType#TEXT}: {@link #texts}.
 * </ul>
 *
 * <p>A missing value is flagged in {@link #missing}; its slot in the value array is meaningless.
 * A writer fills the slots of row {@link #size()} in every column, then calls {@link #endRow()};
 * a row left half-written is simply overwritten by the next one. Not thread-safe: a batch is filled
 * by one thread and handed over whole.
 */
public final class ColumnBatch {
  private final ColumnType[] types;
  private final int capacity;
  private final long[][] longs;
  private final int[][] nanos;
  private final double[][] doubles;
  private final String[][] texts;
  private final boolean[][] missing;
  private int size;

  /**
   * Creates an empty batch.
   *
   * @param types the column types, in column order
   * @param capacity the most rows the batch holds
   */
  public ColumnBatch(List<ColumnType> types, int capacity) {
    int n = types.size();
    this.types = types.toArray(new ColumnType[0]);
    this.capacity = capacity;
    this.longs = new long[n][];
    this.nanos = new int[n][];
    this.doubles = new double[n][];
    this.texts = new String[n][];
    this.missing = new boolean[n][capacity];
    for (int c = 0; c < n; c++) {
      switch (this.types[c]) {
        case INTEGER, BOOLEAN, DATE -> longs[c] = new long[capacity];
        case TIMESTAMP -> {
          longs[c] = new long[capacity];
          nanos[c] = new int[capacity];
        }
        case DECIMAL -> doubles[c] = new double[capacity];
        case CATEGORICAL, TEXT -> texts[c] = new String[capacity];
      }
    }
  }

  /** How many columns the batch has. */
  public int columnCount() {
    return types.length;
  }

  /** A column's type. */
  public ColumnType type(int column) {
    return types[column];
  }

  /** How many complete rows the batch holds. */
  public int size() {
    return size;
  }

  /** Whether no further row fits. */
  public boolean isFull() {
    return size == capacity;
  }

  /** Counts the row at {@link #size()} as complete; every column's slot must have been filled. */
  public void endRow() {
    if (size == capacity) {
      throw new IllegalStateException("The batch is full");
    }
    size++;
  }

  /** Whole numbers, 0/1 for yes/no, epoch days or epoch seconds; null for other column types. */
  public long[] longs(int column) {
    return longs[column];
  }

  /** Nano-of-second of a timestamp column; null for other column types. */
  public int[] nanos(int column) {
    return nanos[column];
  }

  /** Decimal numbers; null for other column types. */
  public double[] doubles(int column) {
    return doubles[column];
  }

  /** Texts, null where missing; null for other column types. */
  public String[] texts(int column) {
    return texts[column];
  }

  /** Which rows miss a value in the column. */
  public boolean[] missing(int column) {
    return missing[column];
  }

  /**
   * One value as a {@link DataTable} holds it: {@code Long}, {@code Double}, {@code Boolean},
   * {@code LocalDate}, {@code LocalDateTime}, {@code String}, or null when missing.
   */
  public Object value(int column, int row) {
    if (missing[column][row]) {
      return null;
    }
    return switch (types[column]) {
      case INTEGER -> longs[column][row];
      case BOOLEAN -> longs[column][row] != 0;
      case DATE -> LocalDate.ofEpochDay(longs[column][row]);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(longs[column][row], nanos[column][row], ZoneOffset.UTC);
      case DECIMAL -> doubles[column][row];
      case CATEGORICAL, TEXT -> texts[column][row];
    };
  }
}
