package org.modelworkbench.data.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.data.infer.ColumnTypeInferrer;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.RejectedRow;

/**
 * The first pass over a file: reads the header, checks every row, infers each column's format
 * from all its values, and hashes the bytes. It keeps no cell text, only the verdicts.
 */
final class TypeScan {
  /** Rows between two checks for cancellation. */
  static final int CANCEL_CHECK_ROWS = 4096;
  /** The longest raw text kept for a rejected row. */
  static final int RAW_TEXT_LIMIT = 200;
  // Java arrays, and so DataTable columns, cannot be longer.
  private static final int MAX_ROWS = Integer.MAX_VALUE - 8;

  private TypeScan() {}

  /**
   * What the first pass found.
   *
   * @param names the column names
   * @param formats each column's format
   * @param rowCount the number of good data rows
   * @param rejected the bad rows (empty unless bad rows are skipped)
   * @param sha256 the hex SHA-256 of the file's bytes
   */
  record Result(String[] names, ValueFormat[] formats, int rowCount, List<RejectedRow> rejected, String sha256) {
    /** The column names with the types of their formats. */
    List<ColumnSchema> schema() {
      List<ColumnSchema> schema = new ArrayList<>(names.length);
      for (int c = 0; c < names.length; c++) {
        schema.add(new ColumnSchema(names[c], formats[c].columnType()));
      }
      return schema;
    }
  }

  /**
   * Runs the pass.
   *
   * @throws DataFormatException for a bad header, a bad row (unless skipped), or no usable rows
   */
  static Result run(ReadPlan plan, ImportProgress progress, CancellationToken cancel) throws IOException {
    String fileName = plan.file().name();
    try (RowSource rows = RowSource.open(plan, true, progress)) {
      String[] names = plan.hasHeader()
          ? ColumnNames.fromHeader(readHeader(rows, fileName), fileName)
          : ColumnNames.generated(plan.headerlessFieldCount());
      ColumnTypeInferrer[] inferrers = new ColumnTypeInferrer[names.length];
      for (int c = 0; c < names.length; c++) {
        inferrers[c] = new ColumnTypeInferrer(plan.delimiter() != ',');
      }
      List<RejectedRow> rejected = new ArrayList<>();
      long dataRows = 0;
      long goodRows = 0;
      CsvRow row;
      while ((row = rows.next()) != null) {
        if (++dataRows % CANCEL_CHECK_ROWS == 0) {
          cancel.throwIfCancelled();
        }
        String problem = row.problemWith(names.length);
        if (problem != null) {
          rejected.add(reject(plan, row, problem));
          continue;
        }
        String[] fields = row.fields();
        for (int c = 0; c < fields.length; c++) {
          String value = MissingValues.trimToNull(fields[c]);
          if (value != null) {
            inferrers[c].accept(value);
          }
        }
        goodRows++;
      }
      cancel.throwIfCancelled();
      requireRows(plan, dataRows, goodRows, rejected);
      ValueFormat[] formats = new ValueFormat[names.length];
      for (int c = 0; c < names.length; c++) {
        formats[c] = inferrers[c].result();
      }
      return new Result(names, formats, (int) goodRows, rejected, rows.sha256());
    }
  }

  /** Reads the header record; a missing or broken one is an error naming the file. */
  static CsvRow readHeader(RowSource rows, String fileName) throws IOException {
    CsvRow header = rows.next();
    if (header == null) {
      throw SourceFile.empty(fileName);
    }
    if (header.isBroken()) {
      throw new DataFormatException(fileName, header.line(), null,
          "the header row is broken: " + header.problemWith(0) + ".");
    }
    return header;
  }

  /** A bad row as kept aside, or the error that ends the import when bad rows are not skipped. */
  static RejectedRow reject(ReadPlan plan, CsvRow row, String problem) {
    if (!plan.skipBadRows()) {
      throw new DataFormatException(plan.file().name(), row.line(), null,
          problem + "; fix that row, or import with bad rows skipped.");
    }
    return new RejectedRow(row.line(), problem, row.rawText(RAW_TEXT_LIMIT));
  }

  /** Fails when the file has no data rows, no good ones, or more than can be held. */
  static void requireRows(ReadPlan plan, long dataRows, long goodRows, List<RejectedRow> rejected) {
    String fileName = plan.file().name();
    if (dataRows == 0) {
      throw plan.hasHeader()
          ? new DataFormatException(fileName, 0, null, "the file has a header but no data rows.")
          : SourceFile.empty(fileName);
    }
    if (goodRows == 0) {
      RejectedRow first = rejected.get(0);
      throw new DataFormatException(fileName, 0, null, "none of the " + dataRows
          + " data rows could be read; the first problem is on line " + first.line() + ": "
          + first.reason() + ".");
    }
    if (goodRows > MAX_ROWS) {
      throw new DataFormatException(fileName, 0, null,
          "the file has " + goodRows + " rows, more than the workbench can hold (" + MAX_ROWS + ").");
    }
  }
}
