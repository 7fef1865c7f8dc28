package org.modelworkbench.data.formats;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/**
 * Reads one sheet of an Excel {@code .xlsx} workbook. The first non-empty row names the columns;
 * every later non-empty row is a data row. Numbers, booleans and text keep their type, numbers
 * with a date format become dates or timestamps, formulas give their last calculated value, and
 * empty or error cells are missing. Each column then gets one type as in {@link TypedColumn}.
 */
final class ExcelSource {
  private static final int PROGRESS_ROWS = 4096;

  private ExcelSource() {}

  /**
   * Reads the sheet.
   *
   * @param file the workbook
   * @param sheetName the sheet to read, or null for the first
   * @param sha256 the file's hash, computed by the caller
   * @throws DataFormatException when the workbook is broken, the sheet is unknown or empty, or the
   *     header has an empty or repeated name
   */
  static DatasetRead read(Path file, String sheetName, String sha256, ProgressListener progress,
      CancellationToken cancel) {
    String name = Folders.nameOf(file);
    String message = "Reading " + name;
    progress.progress(-1, message);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Sheet sheet = chooseSheet(workbook, sheetName, name);
      String where = name + ", sheet '" + sheet.getName() + "'";
      ExcelCells cells = new ExcelCells(workbook.isDate1904());
      List<TypedColumn> columns;
      List<String> problems = new ArrayList<>();
      try (Stream<Row> rows = sheet.openStream()) {
        Iterator<Row> it = rows.iterator();
        Row header = nextNonEmpty(it, cells);
        if (header == null) {
          throw new DataFormatException(where, 0, null, "the sheet is empty.");
        }
        columns = headerColumns(header, cells, where);
        int rowCount = readRows(it, columns, cells, progress, message, cancel);
        if (rowCount == 0) {
          throw new DataFormatException(where, 0, null, "the sheet has a header but no data rows.");
        }
      }
      problems.addAll(cells.problems(where));
      progress.progress(1.0, message);
      return new DatasetRead(DatasetKind.TABULAR, TableBuilder.build(columns), List.of(), problems,
          sha256, "Excel workbook, sheet '" + sheet.getName() + "'", null);
    } catch (IOException | ExcelReaderException | IllegalStateException e) {
      DataFormatException error = new DataFormatException(name, 0, null,
          "the workbook could not be read (" + e.getMessage()
              + "); open it in Excel and save it again as an .xlsx workbook.");
      error.initCause(e);
      throw error;
    }
  }

  /**
   * The names in the first non-empty row of the first sheet, read without the data rows.
   *
   * @throws DataFormatException when the workbook cannot be read or its header is bad
   */
  static List<String> headerNames(Path file) {
    String name = Folders.nameOf(file);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Sheet sheet = chooseSheet(workbook, null, name);
      ExcelCells cells = new ExcelCells(workbook.isDate1904());
      try (Stream<Row> rows = sheet.openStream()) {
        Row header = nextNonEmpty(rows.iterator(), cells);
        if (header == null) {
          return List.of();
        }
        int width = headerColumns(header, cells, name).size();
        List<String> names = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          names.add(cells.headerText(header, c));
        }
        return names;
      }
    } catch (IOException | ExcelReaderException | IllegalStateException e) {
      throw new DataFormatException(name, 0, null, "the workbook could not be read (" + e.getMessage() + ").");
    }
  }

  private static Sheet chooseSheet(ReadableWorkbook workbook, String sheetName, String name) {
    List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
    if (sheets.isEmpty()) {
      throw new DataFormatException(name, 0, null, "the workbook has no sheets.");
    }
    if (sheetName == null) {
      return sheets.get(0);
    }
    Optional<Sheet> exact = sheets.stream().filter(s -> s.getName().equals(sheetName)).findFirst();
    Optional<Sheet> loose = sheets.stream()
        .filter(s -> s.getName().trim().equalsIgnoreCase(sheetName.trim())).findFirst();
    return exact.or(() -> loose).orElseThrow(() -> new DataFormatException(name, 0, null,
        "there is no sheet named '" + sheetName + "'; the sheets are "
            + sheets.stream().map(s -> "'" + s.getName() + "'").collect(Collectors.joining(", "))
            + "."));
  }

  private static Row nextNonEmpty(Iterator<Row> it, ExcelCells cells) {
    while (it.hasNext()) {
      Row row = it.next();
      if (cells.lastFilledColumn(row) >= 0) {
        return row;
      }
    }
    return null;
  }

  private static List<TypedColumn> headerColumns(Row header, ExcelCells cells, String where) {
    int width = cells.lastFilledColumn(header) + 1;
    List<TypedColumn> columns = new ArrayList<>(width);
    List<String> names = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      String text = cells.headerText(header, c);
      String letter = ColumnLetters.of(c);
      if (text.isEmpty()) {
        throw new DataFormatException(where, 0, letter,
            "the header is empty; give the column a name in the first row.");
      }
      int earlier = names.indexOf(text);
      if (earlier >= 0) {
        throw new DataFormatException(where, 0, letter, "the header '" + text
            + "' is also the header of column " + ColumnLetters.of(earlier)
            + "; give each column its own name.");
      }
      names.add(text);
      columns.add(new TypedColumn(text, true));
    }
    return columns;
  }

  private static int readRows(Iterator<Row> it, List<TypedColumn> columns, ExcelCells cells,
      ProgressListener progress, String message, CancellationToken cancel) {
    int rowCount = 0;
    while (it.hasNext()) {
      Row row = it.next();
      int last = cells.lastFilledColumn(row);
      if (last < 0) {
        continue;
      }
      cells.noteUnnamed(row, columns.size(), last);
      for (int c = 0; c < columns.size(); c++) {
        columns.get(c).add(cells.value(row, c));
      }
      if (++rowCount % PROGRESS_ROWS == 0) {
        cancel.throwIfCancelled();
        progress.progress(-1, message + ": " + rowCount + " rows");
      }
    }
    cancel.throwIfCancelled();
    return rowCount;
  }

  /** The text of a number as written, without a trailing {@code .0}. */
  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
