package org.modelworkbench.data.csv;

import java.io.IOException;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;

/**
 * The second pass over a file: converts the cells of the rows the first pass accepted into typed
 * values and hands each row to a {@link RowSink}, skipping the rows it rejected.
 */
final class RowConversion {
  private RowConversion() {}

  /**
   * Runs the pass.
   *
   * @param plan how to read the file
   * @param scan what the first pass found
   * @param sink receives each good row
   * @throws DataFormatException when the file changed since the first pass
   */
  static void run(ReadPlan plan, TypeScan.Result scan, RowSink sink, ImportProgress progress,
      CancellationToken cancel) throws IOException {
    String[] names = scan.names();
    ValueFormat[] formats = scan.formats();
    int rowCount = scan.rowCount();
    TextInterner[] interners = new TextInterner[names.length];
    for (int c = 0; c < names.length; c++) {
      interners[c] = formats[c] == ValueFormat.TEXT ? new TextInterner() : null;
    }
    Object[] values = new Object[names.length];
    try (RowSource rows = RowSource.open(plan, false, progress)) {
      if (plan.hasHeader()) {
        rows.next();
      }
      int r = 0;
      long seen = 0;
      CsvRow row;
      while ((row = rows.next()) != null) {
        if (++seen % TypeScan.CANCEL_CHECK_ROWS == 0) {
          cancel.throwIfCancelled();
        }
        if (row.problemWith(names.length) != null) {
          continue;
        }
        if (r == rowCount) {
          throw changedWhileReading(plan);
        }
        String[] fields = row.fields();
        for (int c = 0; c < fields.length; c++) {
          String value = MissingValues.trimToNull(fields[c]);
          values[c] = value == null ? null : convert(value, formats[c], interners[c], plan);
        }
        sink.row(values);
        r++;
      }
      if (r != rowCount) {
        throw changedWhileReading(plan);
      }
    }
    cancel.throwIfCancelled();
  }

  private static Object convert(String value, ValueFormat format, TextInterner interner, ReadPlan plan) {
    if (interner != null) {
      return interner.intern(value);
    }
    try {
      return format.parse(value);
    } catch (IllegalArgumentException notLikeFirstPass) {
      throw changedWhileReading(plan);
    }
  }

  // The first pass saw every value fit its column, so a mismatch means the bytes changed.
  private static DataFormatException changedWhileReading(ReadPlan plan) {
    return new DataFormatException(plan.file().name(), 0, null,
        "the file changed while it was being read; import it again once it is saved.");
  }
}
