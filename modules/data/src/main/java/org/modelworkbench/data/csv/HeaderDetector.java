package org.modelworkbench.data.csv;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.data.infer.ColumnTypeInferrer;
import org.modelworkbench.data.infer.MissingValues;
import org.modelworkbench.data.infer.ValueFormat;

/**
 * Decides whether a file's first row names its columns.
 *
 * <p>The first row is a header when none of its cells looks like data (a number, a date, a time or
 * a missing-value token such as NA) and at least one column whose later values share a type
 * (numbers, dates, yes/no) has a first cell that does not fit that type. When every column is text
 * the first row is taken as a header, as most files have one; the user can say otherwise.
 */
final class HeaderDetector {
  private static final ValueFormat[] DATA_FORMATS = {ValueFormat.INTEGER, ValueFormat.DECIMAL,
      ValueFormat.DATE_ISO, ValueFormat.DATE_DAY_MONTH_YEAR_SLASH, ValueFormat.DATE_DAY_MONTH_YEAR_DOT,
      ValueFormat.DATE_MONTH_DAY_YEAR_SLASH, ValueFormat.TIMESTAMP};

  private HeaderDetector() {}

  /**
   * Whether the first of the sample rows is a header.
   *
   * @param rows the first records of the file, split with the delimiter
   * @param delimiter the file's delimiter (a comma rules out decimal commas)
   */
  static boolean hasHeader(List<CsvRow> rows, char delimiter) {
    if (rows.isEmpty()) {
      return false;
    }
    // Broken quotes in the first row: call it a header so the import stops with a clear message.
    if (rows.get(0).isBroken()) {
      return true;
    }
    boolean decimalComma = delimiter != ',';
    String[] first = rows.get(0).fields();
    for (String cell : first) {
      String value = cell.trim();
      if (!value.isEmpty() && looksLikeData(value, decimalComma)) {
        return false;
      }
    }
    List<String[]> later = new ArrayList<>();
    for (CsvRow row : rows.subList(1, rows.size())) {
      if (!row.isBroken() && row.fields().length == first.length) {
        later.add(row.fields());
      }
    }
    if (later.isEmpty()) {
      return true;
    }
    int typedColumns = 0;
    for (int c = 0; c < first.length; c++) {
      ValueFormat format = formatOf(later, c, decimalComma);
      if (format == ValueFormat.TEXT) {
        continue;
      }
      typedColumns++;
      String name = first[c].trim();
      if (!name.isEmpty() && !format.accepts(name)) {
        return true;
      }
    }
    return typedColumns == 0;
  }

  private static boolean looksLikeData(String value, boolean decimalComma) {
    if (MissingValues.isMissing(value)) {
      return true;
    }
    if (decimalComma && ValueFormat.DECIMAL_COMMA.accepts(value)) {
      return true;
    }
    for (ValueFormat format : DATA_FORMATS) {
      if (format.accepts(value)) {
        return true;
      }
    }
    return false;
  }

  private static ValueFormat formatOf(List<String[]> rows, int column, boolean decimalComma) {
    ColumnTypeInferrer inferrer = new ColumnTypeInferrer(decimalComma);
    for (String[] row : rows) {
      String value = MissingValues.trimToNull(row[column]);
      if (value != null) {
        inferrer.accept(value);
      }
    }
    return inferrer.result();
  }
}
