package org.modelworkbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.modelworkbench.model.ColumnType;

/** Reads one whole column of a dataset folder into {@link ColumnKeys}, a chunk at a time. */
final class ColumnarKeys {
  private static final int CHUNK_ROWS = 1 << 16;

  private ColumnarKeys() {}

  /**
   * Reads a column.
   *
   * @param dir the dataset's folder
   * @param column the column's index
   * @param type the column's type
   * @param rowCount the dataset's number of rows
   */
  static ColumnKeys read(Path dir, int column, ColumnType type, int rowCount) throws IOException {
    int width = ColumnarFiles.width(type);
    boolean[] missing = new boolean[rowCount];
    boolean text = type == ColumnType.CATEGORICAL;
    long[] keys = text ? null : new long[rowCount];
    int[] codes = text ? new int[rowCount] : null;
    try (FileChannel nullFile = FileChannel.open(ColumnarFiles.nulls(dir, column));
        FileChannel valueFile = FileChannel.open(ColumnarFiles.values(dir, column))) {
      for (int first = 0; first < rowCount; first += CHUNK_ROWS) {
        int count = Math.min(CHUNK_ROWS, rowCount - first);
        ColumnarReader.Nulls nulls = ColumnarReader.Nulls.read(nullFile, first, count);
        ByteBuffer b = ColumnarReader.readFully(valueFile, (long) first * width, count * width);
        for (int i = 0; i < count; i++) {
          int row = first + i;
          if (nulls.isMissing(row)) {
            missing[row] = true;
            continue;
          }
          int at = i * width;
          switch (type) {
            case INTEGER -> keys[row] = b.getLong(at);
            case DECIMAL -> keys[row] = ColumnKeys.decimalKey(b.getDouble(at));
            case BOOLEAN -> keys[row] = b.get(at) != 0 ? 1 : 0;
            case DATE -> keys[row] = b.getInt(at);
            case TIMESTAMP -> keys[row] = ColumnKeys.timestampKey(b.getLong(at), b.getInt(at + 8));
            case CATEGORICAL -> codes[row] = b.getInt(at);
          }
        }
      }
    }
    if (!text) {
      return ColumnKeys.ofKeys(type, missing, keys);
    }
    try (ColumnarReader.TextEntries entries = new ColumnarReader.TextEntries(dir, column, Integer.MAX_VALUE)) {
      return ColumnKeys.ofCodes(missing, codes, entries.entries());
    }
  }
}
