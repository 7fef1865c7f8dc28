package org.modelworkbench.store.columnar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * Reads a dataset folder written by {@link ColumnWriter}s: any range of rows as a
 * {@link DataTable}, in time proportional to the range, and whole columns as primitive scans for
 * profiling.
 */
public final class ColumnarReader {
  /** Rows read per chunk when a long range is read. */
  private static final int CHUNK_ROWS = 1 << 16;
  /** Bytes of dictionary text read at once when the entries are streamed. */
  private static final int TEXT_CHUNK_BYTES = 4 << 20;

  private final Path dir;
  private final List<ColumnSchema> columns;
  private final long rowCount;

  /**
   * Reads a folder.
   *
   * @param dir the dataset's folder
   * @param columns its columns, in order
   * @param rowCount its number of rows
   */
  public ColumnarReader(Path dir, List<ColumnSchema> columns, long rowCount) {
    this.dir = dir;
    this.columns = List.copyOf(columns);
    this.rowCount = rowCount;
  }

  /**
   * Reads rows {@code [offset, offset + limit)}, cut at the last row.
   *
   * @param offset the first row, 0 or more
   * @param limit how many rows at most; -1 for all the rest
   */
  public DataTable read(long offset, long limit) throws IOException {
    long available = Math.max(0, rowCount - offset);
    long wanted = limit < 0 ? available : Math.min(limit, available);
    int n = (int) Math.min(Integer.MAX_VALUE - 8, wanted);
    Object[][] values = new Object[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      values[c] = readColumn(c, offset, n);
    }
    return new DataTable(columns, values);
  }

  private Object[] readColumn(int column, long offset, int n) throws IOException {
    ColumnType type = columns.get(column).type();
    int width = ColumnarFiles.width(type);
    Object[] out = new Object[n];
    try (FileChannel nullFile = FileChannel.open(ColumnarFiles.nulls(dir, column));
        FileChannel valueFile = FileChannel.open(ColumnarFiles.values(dir, column));
        TextEntries texts = type.holdsStrings() ? new TextEntries(dir, column, n) : null) {
      for (int from = 0; from < n; from += CHUNK_ROWS) {
        int count = Math.min(CHUNK_ROWS, n - from);
        long first = offset + from;
        Nulls nulls = Nulls.read(nullFile, first, count);
        ByteBuffer buffer = readFully(valueFile, first * width, count * width);
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            out[from + i] = decode(type, buffer, i * width, texts);
          }
        }
      }
    }
    return out;
  }

  static Object decode(ColumnType type, ByteBuffer b, int at, TextEntries texts) throws IOException {
    return switch (type) {
      case INTEGER -> b.getLong(at);
      case DECIMAL -> b.getDouble(at);
      case BOOLEAN -> b.get(at) != 0;
      case DATE -> LocalDate.ofEpochDay(b.getInt(at));
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(b.getLong(at), b.getInt(at + 8), ZoneOffset.UTC);
      case CATEGORICAL, TEXT -> texts.text(b.getInt(at));
    };
  }

  /**
   * Visits every non-missing value of a number, date or timestamp column as a double and an
   * identity (see {@link NumberVisitor}).
   */
  public void forEachNumber(int column, NumberVisitor visitor) throws IOException {
    ColumnType type = columns.get(column).type();
    int width = ColumnarFiles.width(type);
    try (FileChannel nullFile = FileChannel.open(ColumnarFiles.nulls(dir, column));
        FileChannel valueFile = FileChannel.open(ColumnarFiles.values(dir, column))) {
      for (long first = 0; first < rowCount; first += CHUNK_ROWS) {
        int count = (int) Math.min(CHUNK_ROWS, rowCount - first);
        Nulls nulls = Nulls.read(nullFile, first, count);
        ByteBuffer b = readFully(valueFile, first * width, count * width);
        visitNumbers(type, b, nulls, first, count, visitor);
      }
    }
  }

  /**
   * Visits the values of a text or yes/no column with their counts. A text that came after the
   * dictionary filled up may be given more than once, one count each time.
   */
  public void forEachCount(int column, ObjLongConsumer<String> valueAndCount) throws IOException {
    ColumnType type = columns.get(column).type();
    boolean text = type.holdsStrings();
    if (!text && type != ColumnType.BOOLEAN) {
      throw new IllegalArgumentException("Column " + column + " is not text or yes/no");
    }
    int width = ColumnarFiles.width(type);
    long[] counts = new long[text ? (int) TextEntries.entryCount(dir, column) : 2];
    try (FileChannel nullFile = FileChannel.open(ColumnarFiles.nulls(dir, column));
        FileChannel valueFile = FileChannel.open(ColumnarFiles.values(dir, column))) {
      for (long first = 0; first < rowCount; first += CHUNK_ROWS) {
        int count = (int) Math.min(CHUNK_ROWS, rowCount - first);
        Nulls nulls = Nulls.read(nullFile, first, count);
        ByteBuffer b = readFully(valueFile, first * width, count * width);
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            counts[text ? b.getInt(i * width) : b.get(i * width)]++;
          }
        }
      }
    }
    if (!text) {
      for (int v = 0; v < 2; v++) {
        if (counts[v] > 0) {
          valueAndCount.accept(Boolean.toString(v == 1), counts[v]);
        }
      }
      return;
    }
    // The entries are read a chunk at a time and not kept: a column of long free texts may hold
    // hundreds of MB of them.
    try (FileChannel index = FileChannel.open(ColumnarFiles.dictionaryIndex(dir, column));
        FileChannel bytes = FileChannel.open(ColumnarFiles.dictionary(dir, column))) {
      for (int first = 0; first < counts.length; first += CHUNK_ROWS) {
        int n = Math.min(CHUNK_ROWS, counts.length - first);
        ByteBuffer starts = readFully(index, first * 8L, (n + 1) * 8);
        int i = 0;
        while (i < n) {
          // As many entries as fit in TEXT_CHUNK_BYTES, and at least one.
          long from = starts.getLong(i * 8);
          int last = i + 1;
          while (last < n && starts.getLong((last + 1) * 8) - from <= TEXT_CHUNK_BYTES) {
            last++;
          }
          ByteBuffer chunk = readFully(bytes, from, Math.toIntExact(starts.getLong(last * 8) - from));
          for (; i < last; i++) {
            long count = counts[first + i];
            if (count > 0) {
              int start = (int) (starts.getLong(i * 8) - from);
              int end = (int) (starts.getLong((i + 1) * 8) - from);
              valueAndCount.accept(new String(chunk.array(), start, end - start, StandardCharsets.UTF_8), count);
            }
          }
        }
      }
    }
  }

  /** Reads exactly {@code length} bytes at a position, little-endian. */
  static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("The dataset file ends early (" + channel.size() + " bytes)");
      }
      at += n;
    }
    buffer.flip();
    return buffer;
  }

  /**
   * Visits the non-missing values of one chunk; one loop per type, so a value costs no type test
   * (this runs for every number column right after an import, often before it is compiled).
   */
  private static void visitNumbers(ColumnType type, ByteBuffer b, Nulls nulls, long first, int count,
      NumberVisitor visitor) {
    switch (type) {
      case INTEGER -> {
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            long v = b.getLong(i * Long.BYTES);
            visitor.accept(v, v);
          }
        }
      }
      case DECIMAL -> {
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            double v = b.getDouble(i * Double.BYTES);
            visitor.accept(v, Double.doubleToLongBits(v));
          }
        }
      }
      case DATE -> {
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            int v = b.getInt(i * Integer.BYTES);
            visitor.accept(v, v);
          }
        }
      }
      case TIMESTAMP -> {
        int width = ColumnarFiles.width(type);
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            long seconds = b.getLong(i * width);
            visitor.accept(seconds, seconds * 1_000_000_000L + b.getInt(i * width + Long.BYTES));
          }
        }
      }
      case BOOLEAN -> {
        for (int i = 0; i < count; i++) {
          if (!nulls.isMissing(first + i)) {
            visitor.accept(b.get(i), b.get(i));
          }
        }
      }
      case CATEGORICAL, TEXT -> throw new IllegalArgumentException("A text column has no numbers");
    }
  }

  /** The null bits of a range of rows. */
  record Nulls(ByteBuffer bits, long firstByteRow) {
    static Nulls read(FileChannel file, long firstRow, int count) throws IOException {
      long firstByte = firstRow >>> 3;
      long lastByte = (firstRow + count - 1) >>> 3;
      return new Nulls(readFully(file, firstByte, (int) (lastByte - firstByte + 1)), firstByte << 3);
    }

    boolean isMissing(long row) {
      long bit = row - firstByteRow;
      return (bits.get((int) (bit >>> 3)) & (1 << (bit & 7))) != 0;
    }
  }

  /**
   * The dictionary of a text column, read entry by entry for a short range and whole for a long
   * one; decoded texts are shared between rows.
   */
  static final class TextEntries implements AutoCloseable {
    private final FileChannel index;
    private final FileChannel bytes;
    private final Map<Integer, String> decoded = new HashMap<>();
    private final String[] all;

    TextEntries(Path dir, int column, int rows) throws IOException {
      index = FileChannel.open(ColumnarFiles.dictionaryIndex(dir, column));
      bytes = FileChannel.open(ColumnarFiles.dictionary(dir, column));
      long entries = index.size() / 8 - 1;
      all = rows >= entries ? readAll((int) entries) : null;
    }

    static long entryCount(Path dir, int column) throws IOException {
      try (FileChannel index = FileChannel.open(ColumnarFiles.dictionaryIndex(dir, column))) {
        return index.size() / 8 - 1;
      }
    }

    private String[] readAll(int entries) throws IOException {
      String[] out = new String[entries];
      ByteBuffer starts = readFully(index, 0, (entries + 1) * 8);
      long end = starts.getLong(entries * 8);
      long chunkStart = 0;
      ByteBuffer chunk = ByteBuffer.allocate(0);
      for (int e = 0; e < entries; e++) {
        long from = starts.getLong(e * 8);
        long to = starts.getLong((e + 1) * 8);
        if (to > chunkStart + chunk.limit()) {
          chunkStart = from;
          chunk = readFully(bytes, from, (int) Math.min(Math.max(1 << 20, to - from), end - from));
        }
        out[e] = new String(chunk.array(), (int) (from - chunkStart), (int) (to - from), StandardCharsets.UTF_8);
      }
      return out;
    }

    /** Every entry, indexed by code; read whole if it was not already. */
    String[] entries() throws IOException {
      return all != null ? all : readAll((int) (index.size() / 8 - 1));
    }

    String text(int code) throws IOException {
      if (all != null) {
        return all[code];
      }
      String known = decoded.get(code);
      if (known == null) {
        ByteBuffer range = readFully(index, code * 8L, 16);
        long from = range.getLong(0);
        long to = range.getLong(8);
        known = new String(readFully(bytes, from, (int) (to - from)).array(), StandardCharsets.UTF_8);
        decoded.put(code, known);
      }
      return known;
    }

    @Override
    public void close() throws IOException {
      try (FileChannel i = index; FileChannel b = bytes) {
        // closes both
      }
    }
  }
}
