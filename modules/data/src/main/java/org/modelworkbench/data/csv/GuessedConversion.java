package org.modelworkbench.data.csv;

import org.modelworkbench.data.infer.ColumnTypeInferrer;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.ColumnBatch;

/**
 * Converts rows with column formats guessed from a file's first rows and hands them to a
 * {@link TypedRowSink}, checking on the way that every later value still fits its guess.
 *
 * <p>A guess that held for every value is the format a full inference would pick: the formats
 * that fit all values are among those that fit the sample, and the guess was the most preferred
 * of those. When a value does not fit:
 *
 * <ul>
 *   <li>a whole-number column whose value is a decimal number becomes a decimal column (every
 *       whole number is one, and decimal is the next format in preference), if the sink can widen;
 *   <li>anything else ends the guess with {@link GuessFailed}, and the file is read again in two
 *       passes.
 * </ul>
 *
 * <p>A column without any value in the sample is guessed as text but keeps being inferred; if its
 * values turn out to be of another type the guess fails at {@link #finish()}.
 */
final class GuessedConversion {
  /** Thrown when a late value does not fit its column's guessed format. */
  static final class GuessFailed extends Exception {
    private static final long serialVersionUID = 1L;

    GuessFailed(String message) {
      super(message, null, false, false);
    }
  }

  private final ValueFormat[] formats;
  private final ColumnTypeInferrer[] undecided;
  private final boolean[] text;
  private final Object[] values;
  private final String[] names;
  private final TypedRowSink sink;
  private ColumnBatchFiller filler;
  // The importing thread's own converter for batches the splitting thread left to it; a filler
  // is used by one thread at a time.
  private ColumnBatchFiller hereFiller;

  /**
   * Starts converting.
   *
   * @param names the column names
   * @param guessed each column's format as inferred from the sample; copied
   * @param sampleValues how many non-missing values each column had in the sample
   * @param decimalCommaAllowed whether {@code 1,5} may be a decimal number in this file
   * @param sink receives the rows
   */
  GuessedConversion(String[] names, ValueFormat[] guessed, long[] sampleValues, boolean decimalCommaAllowed,
      TypedRowSink sink) {
    int n = names.length;
    this.names = names;
    this.formats = guessed.clone();
    this.undecided = new ColumnTypeInferrer[n];
    this.text = new boolean[n];
    this.values = new Object[n];
    this.sink = sink;
    for (int c = 0; c < n; c++) {
      if (formats[c] == ValueFormat.TEXT) {
        text[c] = true;
        if (sampleValues[c] == 0) {
          undecided[c] = new ColumnTypeInferrer(decimalCommaAllowed);
        }
      }
    }
  }

  /**
   * Converts one good row and hands it to the sink. Text values are handed over as read, not
   * shared between equal values: a sink that keeps them should share them itself.
   *
   * @param row a cleaned record with one field per column (see {@link CsvRow#cleanFields()})
   * @throws GuessFailed when a value fits neither its column's guess nor a widening of it
   */
  void convert(CsvRow row) throws GuessFailed {
    String[] fields = row.fields();
    for (int c = 0; c < fields.length; c++) {
      String value = fields[c];
      if (value == null) {
        values[c] = null;
      } else if (text[c]) {
        if (undecided[c] != null) {
          undecided[c].accept(value);
        }
        values[c] = value;
      } else {
        values[c] = parse(c, value, row.line());
      }
    }
    sink.row(values);
  }

  /**
   * Hands a batch of good rows, converted ahead by {@link #filler()}, to the sink.
   *
   * @param batch rows whose every value fit the formats of a filler this conversion {@link #accepts}
   */
  void convert(ColumnBatch batch) {
    for (int c = 0; c < undecided.length; c++) {
      if (undecided[c] != null) {
        String[] texts = batch.texts(c);
        for (int r = 0; r < batch.size(); r++) {
          if (texts[r] != null) {
            undecided[c].accept(texts[r]);
          }
        }
      }
    }
    sink.rows(batch);
  }

  /**
   * Converts, on the calling thread, the records of a batch that was split but not converted ahead
   * (see {@link RecordPipeline}), as the splitting thread would have.
   *
   * @param rows cleaned records; those without one field per column are left out, as ahead
   * @return the well-formed records as typed columns, or null when a value did not fit its
   *     column's format (then the records go row by row through {@link #convert(CsvRow)})
   */
  ColumnBatch convertHere(java.util.List<CsvRow> rows) {
    if (hereFiller == null) {
      hereFiller = new ColumnBatchFiller(formats);
    }
    ColumnBatch columns = hereFiller.newBatch(rows.size());
    int width = formats.length;
    for (CsvRow row : rows) {
      if (row.fieldCount() == width && !hereFiller.add(columns, row)) {
        return null;
      }
    }
    return columns;
  }

  /**
   * A converter for the current formats, for records split ahead; the same instance until a column
   * is widened (see {@link #formatsChanged()}).
   */
  ColumnBatchFiller filler() {
    if (filler == null) {
      filler = new ColumnBatchFiller(formats);
    }
    return filler;
  }

  /**
   * Whether a column was widened since {@link #filler()} was last called, so that the records
   * split ahead should be converted with a new one.
   */
  boolean formatsChanged() {
    return filler == null;
  }

  /** Whether batches converted by the given filler fit the current formats. */
  boolean accepts(ColumnBatchFiller convertedWith) {
    return convertedWith != null && convertedWith == filler;
  }

  private Object parse(int column, String value, long line) throws GuessFailed {
    ValueFormat format = formats[column];
    try {
      return format.parse(value);
    } catch (IllegalArgumentException doesNotFit) {
      if (format == ValueFormat.INTEGER && ValueFormat.DECIMAL.accepts(value) && sink.widenToDecimal(column)) {
        formats[column] = ValueFormat.DECIMAL;
        filler = null;
        hereFiller = null;
        return ValueFormat.DECIMAL.parse(value);
      }
      throw new GuessFailed("column '" + names[column] + "' looked like " + format + " but line " + line
          + " holds '" + value + "'");
    }
  }

  /**
   * Ends the conversion.
   *
   * @return each column's format over all rows
   * @throws GuessFailed when a column without values in the sample turned out not to be text
   */
  ValueFormat[] finish() throws GuessFailed {
    for (int c = 0; c < formats.length; c++) {
      if (undecided[c] != null && undecided[c].result() != ValueFormat.TEXT) {
        throw new GuessFailed("column '" + names[c] + "' had no values in the first rows and turned out to be "
            + undecided[c].result());
      }
    }
    return formats.clone();
  }

  /** The formats as guessed, or widened since; a copy. */
  ValueFormat[] formats() {
    return formats.clone();
  }
}
