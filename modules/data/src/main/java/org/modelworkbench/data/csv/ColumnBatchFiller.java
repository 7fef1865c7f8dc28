package org.modelworkbench.data.csv;

import java.util.Arrays;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnType;

/**
 * Converts cleaned records (see {@link CsvRow#cleanFields()}) with fixed column formats into
 * {@link ColumnBatch} rows, on the thread that splits the records. Equal texts of a column are
 * handed over as one shared instance ({@link RangeInterner}), looked up from the line without a
 * copy, so the storage's dictionary finds them by identity. One filler is used by one thread at a
 * time.
 */
final class ColumnBatchFiller {
  private final ValueFormat[] formats;
  private final java.util.List<ColumnType> types;
  private final boolean[] text;
  private final RangeInterner[] interners;

  /** Converts with one format per column; the array is copied. */
  ColumnBatchFiller(ValueFormat[] formats) {
    this.formats = formats.clone();
    this.types = Arrays.stream(formats).map(ValueFormat::columnType).toList();
    this.text = new boolean[formats.length];
    this.interners = new RangeInterner[formats.length];
    for (int c = 0; c < formats.length; c++) {
      text[c] = formats[c] == ValueFormat.TEXT;
      interners[c] = text[c] ? new RangeInterner() : null;
    }
  }

  /** The formats the rows are converted with; a copy. */
  ValueFormat[] formats() {
    return formats.clone();
  }

  /** A new empty batch for these columns. */
  ColumnBatch newBatch(int capacity) {
    return new ColumnBatch(types, capacity);
  }

  /**
   * Converts one record with one field per column into the batch's next row, cleaning its fields
   * as {@link CsvRow#cleanFields()} does; a record not split into strings yet is read in place.
   *
   * @return false, leaving the batch's size as it was, when a value does not fit its format
   */
  boolean add(ColumnBatch batch, CsvRow record) {
    if (!record.isUnmade()) {
      return add(batch, record.fields());
    }
    int row = batch.size();
    String line = record.text();
    for (int c = 0; c < formats.length; c++) {
      int from = record.fieldStart(c);
      int to = record.fieldEnd(c);
      // Trimmed as String.trim does, which is what cleaning a field does.
      while (from < to && line.charAt(from) <= ' ') {
        from++;
      }
      while (to > from && line.charAt(to - 1) <= ' ') {
        to--;
      }
      boolean fits = MissingValues.isMissingToken(line, from, to)
          ? put(batch, c, row, null, 0, 0)
          : put(batch, c, row, line, from, to);
      if (!fits) {
        return false;
      }
    }
    batch.endRow();
    return true;
  }

  /**
   * Converts one record into the batch's next row.
   *
   * @param fields the cleaned fields, one per column
   * @return false, leaving the batch's size as it was, when a value does not fit its format
   */
  boolean add(ColumnBatch batch, String[] fields) {
    int row = batch.size();
    for (int c = 0; c < fields.length; c++) {
      String field = fields[c];
      if (!put(batch, c, row, field, 0, field == null ? 0 : field.length())) {
        return false;
      }
    }
    batch.endRow();
    return true;
  }

  /**
   * Puts one cleaned cell, {@code text[from, to)} or null when missing, into its slot.
   *
   * @return false when the cell does not fit its column's format
   */
  private boolean put(ColumnBatch batch, int c, int row, String text, int from, int to) {
    boolean[] gaps = batch.missing(c);
    gaps[row] = text == null;
    if (this.text[c]) {
      batch.texts(c)[row] = text == null ? null : interners[c].intern(text, from, to);
      return true;
    }
    return text == null || formats[c].parseInto(text, from, to, batch, c, row);
  }
}
