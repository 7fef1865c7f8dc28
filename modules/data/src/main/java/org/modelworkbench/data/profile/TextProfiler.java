package org.modelworkbench.data.profile;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.TextProfile;

/**
 * Profiles a free-text column: lengths in words and characters, empty texts, exact duplicates and
 * the most frequent words (see {@link TextWords}). With a model's token counter it also gives the
 * lengths in tokens and how many texts are longer than the model reads; the counter is any
 * {@code ToIntFunction<String>}, so the model side plugs its tokenizer in without this module
 * knowing it.
 *
 * <p>A column's stored {@link ColumnProfile} ({@link #columnProfile}) keeps the length in words as
 * its minimum, maximum, mean, spread and histogram; the full {@link TextProfile} is worked out
 * when it is asked for.
 */
public final class TextProfiler {
  private TextProfiler() {}

  /**
   * Profiles texts given with their counts, without tokens.
   *
   * @param column the column's name
   * @param missing how many rows are missing
   * @param texts the non-missing texts with their counts
   */
  public static TextProfile profile(String column, long missing, CountScan texts) {
    return profile(column, missing, texts, null, 0);
  }

  /**
   * Profiles texts given with their counts, with their length in a model's tokens.
   *
   * @param column the column's name
   * @param missing how many rows are missing
   * @param texts the non-missing texts with their counts
   * @param tokenCounter how many tokens a text has for the model, or null for no token figures
   * @param tokenLimit the most tokens the model reads; texts with more are counted as longer
   * @throws IllegalArgumentException when a counter is given with a limit below 1
   */
  public static TextProfile profile(String column, long missing, CountScan texts, ToIntFunction<String> tokenCounter,
      int tokenLimit) {
    Objects.requireNonNull(texts, "texts");
    if (tokenCounter != null && tokenLimit < 1) {
      throw new IllegalArgumentException("The token limit must be at least 1, not " + tokenLimit);
    }
    TextProfileBuilder builder = new TextProfileBuilder(column, tokenCounter, tokenLimit);
    texts.forEach(builder::add);
    return builder.finish(missing);
  }

  /** Profiles a column read whole (text or categorical), without tokens. */
  public static TextProfile profile(PrimitiveColumn column) {
    return profile(column, null, 0);
  }

  /**
   * Profiles a column read whole (text or categorical).
   *
   * @param column the column
   * @param tokenCounter how many tokens a text has for the model, or null
   * @param tokenLimit the most tokens the model reads
   * @throws IllegalArgumentException when the column does not hold strings
   */
  public static TextProfile profile(PrimitiveColumn column, ToIntFunction<String> tokenCounter, int tokenLimit) {
    if (!column.type().holdsStrings()) {
      throw new IllegalArgumentException("Column " + column.schema().name() + " is " + column.type().label()
          + ", not text");
    }
    long[] perCode = new long[column.entries().length];
    long missing = 0;
    for (int r = 0; r < column.rowCount(); r++) {
      if (column.missing(r)) {
        missing++;
      } else {
        perCode[column.code(r)]++;
      }
    }
    String[] entries = column.entries();
    return profile(column.schema().name(), missing, visit -> {
      for (int code = 0; code < perCode.length; code++) {
        if (perCode[code] > 0) {
          visit.accept(entries[code], perCode[code]);
        }
      }
    }, tokenCounter, tokenLimit);
  }

  /**
   * The stored profile of a text column: missing and distinct counts, and its length in words as
   * minimum, maximum, mean, spread and histogram (no most frequent values: every text is its own).
   *
   * @param schema the column, of type text
   * @param missing how many rows are missing
   * @param texts the non-missing texts with their counts
   */
  public static ColumnProfile columnProfile(ColumnSchema schema, long missing, CountScan texts) {
    if (schema.type() != ColumnType.TEXT) {
      throw new IllegalArgumentException("Column " + schema.name() + " is " + schema.type().label() + ", not text");
    }
    TextProfileBuilder builder = new TextProfileBuilder(schema.name(), null, 0);
    texts.forEach(builder::add);
    LengthCounts words = builder.words();
    if (words.total() == 0) {
      return new ColumnProfile(schema.name(), ColumnType.TEXT, missing, 0, null, null, null, null, List.of(),
          List.of());
    }
    TextProfile.Lengths lengths = words.lengths();
    return new ColumnProfile(schema.name(), ColumnType.TEXT, missing, builder.distinct(), (double) lengths.min(),
        (double) lengths.max(), lengths.mean(), words.sampleStddev(), List.of(), words.histogram());
  }
}
