package org.modelworkbench.data.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * Turns spreadsheet cells into the values {@link TypedColumn} takes, and counts the cells it had
 * to read as missing (formula errors) or leave out (values right of the last named column).
 */
final class ExcelCells {
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
      "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!");

  private final boolean date1904;
  private final Map<Integer, Integer> errorsByColumn = new TreeMap<>();
  private final Map<Integer, String> firstErrorByColumn = new TreeMap<>();
  private final Map<Integer, Integer> unnamedByColumn = new TreeMap<>();

  /** @param date1904 whether the workbook counts dates from 1904 */
  ExcelCells(boolean date1904) {
    this.date1904 = date1904;
  }

  /** The 0-based index of the row's last cell with a value, or -1 when the row is blank. */
  int lastFilledColumn(Row row) {
    for (int c = row.getCellCount() - 1; c >= 0; c--) {
      Cell cell = row.getCell(c);
      if (cell != null && !isBlank(cell)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean isBlank(Cell cell) {
    Object v = cell.getValue();
    return cell.getType() == CellType.EMPTY || v == null || (v instanceof String s && s.isBlank());
  }

  /** A header cell's text, trimmed; "" when blank. */
  String headerText(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null || isBlank(cell)) {
      return "";
    }
    Object v = cell.getValue();
    return v instanceof BigDecimal n ? ExcelSource.plain(n) : v.toString().trim();
  }

  /** A data cell as null, Long, Double, Boolean, LocalDate, LocalDateTime or String. */
  Object value(Row row, int column) {
    if (column >= row.getCellCount()) {
      return null;
    }
    Cell cell = row.getCell(column);
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    Object v = cell.getValue();
    if (cell.getType() == CellType.ERROR || (v instanceof String s && ERRORS.contains(s.trim()))) {
      errorsByColumn.merge(column, 1, Integer::sum);
      firstErrorByColumn.putIfAbsent(column, v == null ? cell.getRawValue() : v.toString().trim());
      return null;
    }
    if (v instanceof BigDecimal n) {
      ExcelDates.Shows shows = ExcelDates.shows(cell.getDataFormatId(), cell.getDataFormatString());
      if (shows != ExcelDates.Shows.NUMBER) {
        return ExcelDates.toValue(n, date1904, shows);
      }
      return ExcelDates.showsDecimals(cell.getDataFormatId(), cell.getDataFormatString()) ? (Object) n.doubleValue()
          : TypedColumn.number(n);
    }
    if (v instanceof Boolean || v instanceof String) {
      return v;
    }
    return v == null ? null : v.toString();
  }

  /** Notes values in columns right of the named ones, which are left out. */
  void noteUnnamed(Row row, int namedColumns, int lastFilled) {
    for (int c = namedColumns; c <= lastFilled; c++) {
      Cell cell = row.getCell(c);
      if (cell != null && !isBlank(cell)) {
        unnamedByColumn.merge(c, 1, Integer::sum);
      }
    }
  }

  /** One plain sentence per column with formula errors or values without a header. */
  List<String> problems(String where) {
    List<String> out = new ArrayList<>();
    errorsByColumn.forEach((c, n) -> out.add(where + ", column " + ColumnLetters.of(c) + ": " + n
        + (n == 1 ? " cell shows" : " cells show") + " a formula error such as "
        + firstErrorByColumn.get(c) + "; read as missing."));
    unnamedByColumn.forEach((c, n) -> out.add(where + ", column " + ColumnLetters.of(c) + ": " + n
        + (n == 1 ? " value has" : " values have") + " no header in the first row; left out."));
    return out;
  }
}
