package org.modelworkbench.store.columnar;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.modelworkbench.model.ColumnBatch;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;

/**
 * Appends the values of one column to its files (see {@link ColumnarFiles}) and counts its
 * missing values.
 *
 * <p>Text is dictionary-encoded: the first {@value #DICTIONARY_CAP} distinct texts each get one
 * entry that every row holding them shares; past that, every new row's text gets an entry of its
 * own, so memory stays bounded for ID-like columns while random access keeps working. The texts
 * remembered are also capped at {@value #DICTIONARY_CHARS} characters in all, so a column of long
 * free texts (reviews, tickets, mostly different) keeps a few MB in memory, not 65,536 whole texts.
 */
public final class ColumnWriter implements Closeable {
  /** The most distinct texts a column remembers while writing. */
  static final int DICTIONARY_CAP = 1 << 16;
  /** The most characters of distinct texts a column remembers while writing. */
  static final long DICTIONARY_CHARS = 4L << 20;
  private static final int REWRITE_BYTES = 1 << 16;

  private final Path valuesFile;
  private ColumnSchema schema;
  private final LittleEndianOutput nulls;
  private final LittleEndianOutput values;
  private final LittleEndianOutput dictionary;
  private final LittleEndianOutput dictionaryIndex;
  private final TextCodes codes;
  private int entries;
  private long rememberedChars;
  private int pendingBits;
  private int pendingCount;
  private long missing;
  private boolean closed;

  /** Creates the column's files in a folder. */
  public ColumnWriter(Path dir, int column, ColumnSchema schema) throws IOException {
    this.schema = schema;
    this.valuesFile = ColumnarFiles.values(dir, column);
    this.nulls = new LittleEndianOutput(ColumnarFiles.nulls(dir, column));
    this.values = new LittleEndianOutput(ColumnarFiles.values(dir, column));
    if (schema.type().holdsStrings()) {
      dictionary = new LittleEndianOutput(ColumnarFiles.dictionary(dir, column));
      dictionaryIndex = new LittleEndianOutput(ColumnarFiles.dictionaryIndex(dir, column));
      dictionaryIndex.writeLong(0);
      codes = new TextCodes();
    } else {
      dictionary = null;
      dictionaryIndex = null;
      codes = null;
    }
  }

  /**
   * Appends one value.
   *
   * @param value a value of the column type's Java type, or null
   * @throws IllegalArgumentException when the value has another type
   */
  public void append(Object value) throws IOException {
    markMissing(value == null);
    try {
      writeValue(value);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("holds " + value.getClass().getSimpleName() + " where "
          + schema.type().label() + " was expected", e);
    }
  }

  /**
   * Appends one column of a batch: its {@link ColumnBatch#size()} values, in row order.
   *
   * @param batch the rows
   * @param column the column of the batch that this writer's column takes
   * @throws IllegalArgumentException when the batch's column has another type
   */
  public void append(ColumnBatch batch, int column) throws IOException {
    ColumnType type = schema.type();
    if (batch.type(column) != type) {
      throw new IllegalArgumentException("holds " + batch.type(column).label() + " where " + type.label()
          + " was expected");
    }
    int n = batch.size();
    boolean[] gaps = batch.missing(column);
    markMissing(gaps, n);
    switch (type) {
      case INTEGER -> {
        long[] v = batch.longs(column);
        for (int i = 0; i < n; i++) {
          values.writeLong(gaps[i] ? 0 : v[i]);
        }
      }
      case DECIMAL -> {
        double[] v = batch.doubles(column);
        for (int i = 0; i < n; i++) {
          values.writeDouble(gaps[i] ? 0 : v[i]);
        }
      }
      case BOOLEAN -> {
        long[] v = batch.longs(column);
        for (int i = 0; i < n; i++) {
          values.writeByte(!gaps[i] && v[i] != 0 ? 1 : 0);
        }
      }
      case DATE -> {
        long[] v = batch.longs(column);
        for (int i = 0; i < n; i++) {
          values.writeInt(gaps[i] ? 0 : Math.toIntExact(v[i]));
        }
      }
      case TIMESTAMP -> {
        long[] seconds = batch.longs(column);
        int[] nanos = batch.nanos(column);
        for (int i = 0; i < n; i++) {
          values.writeLong(gaps[i] ? 0 : seconds[i]);
          values.writeInt(gaps[i] ? 0 : nanos[i]);
        }
      }
      case CATEGORICAL, TEXT -> {
        String[] v = batch.texts(column);
        for (int i = 0; i < n; i++) {
          values.writeInt(gaps[i] ? 0 : code(v[i]));
        }
      }
    }
  }

  /** Adds a batch's missing flags to the null bitmap. */
  private void markMissing(boolean[] gaps, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      markMissing(gaps[i]);
    }
  }

  /** Adds one row's missing flag to the null bitmap. */
  private void markMissing(boolean isMissing) throws IOException {
    if (isMissing) {
      missing++;
      pendingBits |= 1 << pendingCount;
    }
    if (++pendingCount == 8) {
      nulls.writeByte(pendingBits);
      pendingBits = 0;
      pendingCount = 0;
    }
  }

  private void writeValue(Object value) throws IOException {
    switch (schema.type()) {
      case INTEGER -> values.writeLong(value == null ? 0 : (Long) value);
      case DECIMAL -> values.writeDouble(value == null ? 0 : (Double) value);
      case BOOLEAN -> values.writeByte(value != null && (Boolean) value ? 1 : 0);
      case DATE -> values.writeInt(value == null ? 0 : Math.toIntExact(((LocalDate) value).toEpochDay()));
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) value;
        values.writeLong(t == null ? 0 : t.toEpochSecond(ZoneOffset.UTC));
        values.writeInt(t == null ? 0 : t.getNano());
      }
      case CATEGORICAL, TEXT -> values.writeInt(value == null ? 0 : code((String) value));
    }
  }

  private int code(String text) throws IOException {
    int known = codes.get(text);
    if (known >= 0) {
      return known;
    }
    int code = entries++;
    if (codes.size() < DICTIONARY_CAP && rememberedChars + text.length() <= DICTIONARY_CHARS) {
      codes.put(text, code);
      rememberedChars += text.length();
    }
    dictionary.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    dictionaryIndex.writeLong(dictionary.position());
    return code;
  }

  /** The column's name and type; the type changes when the column is widened. */
  public ColumnSchema schema() {
    return schema;
  }

  /**
   * Turns a whole-number column into a decimal one: every value written so far is rewritten in
   * place as the double of the same value (both are 8 bytes wide, so nothing moves), and later
   * values must be decimals.
   *
   * @throws IllegalStateException when the column does not hold whole numbers
   */
  public void widenToDecimal() throws IOException {
    if (schema.type() != ColumnType.INTEGER) {
      throw new IllegalStateException("Column " + schema.name() + " is " + schema.type().label() + ", not whole numbers");
    }
    values.flush();
    try (FileChannel file = FileChannel.open(valuesFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.allocate(REWRITE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      long at = 0;
      long end = file.size();
      while (at < end) {
        buffer.clear().limit((int) Math.min(REWRITE_BYTES, end - at));
        while (buffer.hasRemaining() && file.read(buffer, at + buffer.position()) >= 0) {
          // Reads until the chunk is full.
        }
        buffer.flip();
        for (int i = 0; i + Long.BYTES <= buffer.limit(); i += Long.BYTES) {
          buffer.putDouble(i, (double) buffer.getLong(i));
        }
        while (buffer.hasRemaining()) {
          file.write(buffer, at + buffer.position());
        }
        at += buffer.limit();
      }
    }
    schema = new ColumnSchema(schema.name(), ColumnType.DECIMAL);
  }

  /**
   * Reads the column as another type of strings (categorical or free text); nothing written
   * changes, since both store the same dictionary and codes.
   *
   * @throws IllegalStateException when either type does not hold strings
   */
  public void relabel(ColumnType type) {
    if (!type.holdsStrings() || !schema.type().holdsStrings()) {
      throw new IllegalStateException("Column " + schema.name() + " is " + schema.type().label() + " and cannot be "
          + "read as " + type.label());
    }
    schema = new ColumnSchema(schema.name(), type);
  }

  /** How many characters of distinct texts the writer holds in memory (at most {@value #DICTIONARY_CHARS}). */
  long rememberedChars() {
    return rememberedChars;
  }

  /** How many missing values were appended. */
  public long missing() {
    return missing;
  }

  /** Writes the last partial bitmap byte and closes every file. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (LittleEndianOutput n = nulls; LittleEndianOutput v = values; LittleEndianOutput d = dictionary;
        LittleEndianOutput x = dictionaryIndex) {
      if (pendingCount > 0) {
        nulls.writeByte(pendingBits);
        pendingCount = 0;
      }
    }
  }
}
