package org.modelworkbench.store.columnar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * Reads chosen rows of a dataset folder, in any order, as a {@link DataTable}: one seek per value,
 * so a page of a sorted view costs time in proportion to the page.
 */
public final class ColumnarRowPicker {
  private ColumnarRowPicker() {}

  /**
   * Reads rows.
   *
   * @param dir the dataset's folder
   * @param columns its columns, in order
   * @param rows the row indexes to read, in the order wanted
   */
  public static DataTable read(Path dir, List<ColumnSchema> columns, int[] rows) throws IOException {
    Object[][] values = new Object[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      values[c] = readColumn(dir, c, columns.get(c).type(), rows);
    }
    return new DataTable(columns, values);
  }

  private static Object[] readColumn(Path dir, int column, ColumnType type, int[] rows) throws IOException {
    int width = ColumnarFiles.width(type);
    Object[] out = new Object[rows.length];
    try (FileChannel nullFile = FileChannel.open(ColumnarFiles.nulls(dir, column));
        FileChannel valueFile = FileChannel.open(ColumnarFiles.values(dir, column));
        ColumnarReader.TextEntries texts = type.holdsStrings()
            ? new ColumnarReader.TextEntries(dir, column, rows.length) : null) {
      for (int i = 0; i < rows.length; i++) {
        long row = rows[i];
        ByteBuffer nullByte = ColumnarReader.readFully(nullFile, row >>> 3, 1);
        if ((nullByte.get(0) & (1 << (row & 7))) != 0) {
          continue;
        }
        ByteBuffer value = ColumnarReader.readFully(valueFile, row * width, width);
        out[i] = ColumnarReader.decode(type, value, 0, texts);
      }
    }
    return out;
  }
}
