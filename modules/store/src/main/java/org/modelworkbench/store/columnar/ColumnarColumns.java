package org.modelworkbench.store.columnar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.WorkbenchException;

/**
 * The columns of a dataset folder read one whole column at a time into primitive arrays, a chunk
 * of rows per file read, with no object per cell (a text column reads its dictionary's entries).
 */
public final class ColumnarColumns implements ColumnSource {
  private static final int CHUNK_ROWS = 1 << 16;

  private final Path dir;
  private final List<ColumnSchema> columns;
  private final int rowCount;
  private final Function<IOException, WorkbenchException> damaged;

  /**
   * Reads a folder.
   *
   * @param dir the dataset's folder
   * @param columns its columns, in order
   * @param rowCount its number of rows
   * @param damaged the error to throw when a file cannot be read
   */
  public ColumnarColumns(Path dir, List<ColumnSchema> columns, int rowCount,
      Function<IOException, WorkbenchException> damaged) {
    this.dir = dir;
    this.columns = List.copyOf(columns);
    this.rowCount = rowCount;
    this.damaged = damaged;
  }

  @Override
  public List<ColumnSchema> columns() {
    return columns;
  }

  @Override
  public int rowCount() {
    return rowCount;
  }

  @Override
  public PrimitiveColumn column(int index) {
    try {
      return read(index);
    } catch (IOException e) {
      throw damaged.apply(e);
    }
  }

  private PrimitiveColumn read(int column) throws IOException {
    ColumnSchema schema = columns.get(column);
    ColumnType type = schema.type();
    int width = ColumnarFiles.width(type);
    boolean[] missing = new boolean[rowCount];
    long[] longs = type == ColumnType.DECIMAL || type.holdsStrings() ? null : new long[rowCount];
    double[] doubles = type == ColumnType.DECIMAL ? new double[rowCount] : null;
    int[] ints = type == ColumnType.TIMESTAMP || type.holdsStrings() ? new int[rowCount] : null;
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
            case INTEGER -> longs[row] = b.getLong(at);
            case DECIMAL -> doubles[row] = b.getDouble(at);
            case BOOLEAN -> longs[row] = b.get(at) != 0 ? 1 : 0;
            case DATE -> longs[row] = b.getInt(at);
            case TIMESTAMP -> {
              longs[row] = b.getLong(at);
              ints[row] = b.getInt(at + 8);
            }
            case CATEGORICAL, TEXT -> ints[row] = b.getInt(at);
          }
        }
      }
    }
    return switch (type) {
      case DECIMAL -> PrimitiveColumn.ofDecimals(schema, missing, doubles);
      case TIMESTAMP -> PrimitiveColumn.ofTimestamps(schema, missing, longs, ints);
      case CATEGORICAL, TEXT -> {
        try (ColumnarReader.TextEntries entries = new ColumnarReader.TextEntries(dir, column, Integer.MAX_VALUE)) {
          yield PrimitiveColumn.ofTexts(schema, missing, ints, entries.entries());
        }
      }
      default -> PrimitiveColumn.ofLongs(schema, missing, longs);
    };
  }
}
