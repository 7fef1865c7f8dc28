package org.modelworkbench.services.datasets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.WorkbenchException;

/**
 * Writes one sheet of an Excel workbook with fastexcel, streaming: the rows of each page are handed
 * to the file when the page ends. Numbers, yes/no, dates and timestamps become typed cells with a
 * number format that the Excel import reads back as the same type; a value Excel cannot hold
 * exactly is written as the text the import reads back as that type instead.
 */
final class XlsxTableWriter implements TableWriter {
  /** Data rows a sheet holds below its header (Excel's limit is 1,048,576 rows in all). */
  static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;
  /** Characters a cell holds. */
  static final int MAX_CELL_TEXT = 32_767;
  // Decimal places make the import keep whole values of a decimal column as decimals (151.0);
  // 15 of them show what a double holds without padding zeros.
  private static final String DECIMAL_FORMAT = "0.0##############";
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";
  /** Excel keeps 15 significant digits of a number; longer whole numbers (IDs) go as text. */
  private static final long LARGEST_EXACT_WHOLE = 999_999_999_999_999L;
  /** Excel's dates start in 1900. */
  private static final int FIRST_YEAR = 1900;

  private final Workbook workbook;
  private final Worksheet sheet;
  private List<ColumnSchema> columns;
  private int nextRow;

  XlsxTableWriter(OutputStream out, String sheetName) {
    this.workbook = new Workbook(out, "Model Workbench", "1.0");
    this.sheet = workbook.newWorksheet(SheetNames.of(sheetName));
  }

  @Override
  public void header(List<ColumnSchema> header) {
    this.columns = List.copyOf(header);
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c).name());
    }
    nextRow = 1;
  }

  @Override
  public void row(Object[] values) {
    int row = nextRow++;
    for (int c = 0; c < values.length; c++) {
      cell(row, c, values[c]);
    }
  }

  private void cell(int row, int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Long whole) {
      if (Math.abs(whole) <= LARGEST_EXACT_WHOLE) {
        sheet.value(row, column, whole);
      } else {
        sheet.value(row, column, whole.toString());
      }
    } else if (value instanceof Double decimal) {
      if (Double.isFinite(decimal)) {
        sheet.value(row, column, decimal);
        if (decimal == Math.rint(decimal)) {
          // Only a whole value needs the format to come back as a decimal; styling every cell
          // doubled the time of an export.
          sheet.style(row, column).format(DECIMAL_FORMAT).set();
        }
      } else {
        sheet.value(row, column, decimal.toString());
      }
    } else if (value instanceof Boolean yesNo) {
      sheet.value(row, column, yesNo);
    } else if (value instanceof LocalDate date && date.getYear() >= FIRST_YEAR) {
      sheet.value(row, column, date);
      sheet.style(row, column).format(DATE_FORMAT).set();
    } else if (value instanceof LocalDateTime timestamp && timestamp.getYear() >= FIRST_YEAR
        && timestamp.getNano() == 0) {
      // A cell keeps a timestamp to the second; one with a fraction goes as text to keep it.
      sheet.value(row, column, timestamp);
      sheet.style(row, column).format(TIMESTAMP_FORMAT).set();
    } else {
      text(row, column, CellText.of(value));
    }
  }

  private void text(int row, int column, String text) {
    if (text.length() > MAX_CELL_TEXT) {
      throw new WorkbenchException("Row " + row + " of '" + columns.get(column).name() + "' holds "
          + text.length() + " characters, more than the " + MAX_CELL_TEXT
          + " an Excel cell holds; export as CSV instead.");
    }
    sheet.value(row, column, text);
  }

  @Override
  public void endOfPage() throws IOException {
    sheet.flush();
  }

  @Override
  public void close() throws IOException {
    workbook.finish();
  }
}
