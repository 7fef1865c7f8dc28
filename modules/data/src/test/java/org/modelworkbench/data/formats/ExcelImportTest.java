package org.modelworkbench.data.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.DataTable;

/** Excel workbooks written with fastexcel's writer and read back through {@link DatasetReaders}. */
class ExcelImportTest {
  @TempDir Path dir;

  private Path loans() throws IOException {
    Path file = dir.resolve("loans.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet notes = wb.newWorksheet("Notes");
      notes.value(0, 0, "about");
      notes.value(1, 0, "nothing");
      Worksheet ws = wb.newWorksheet("Loans");
      String[] header = {"customer_id", "amount", "rate", "opened", "closing", "defaulted", "note",
          "signed_eu", "updated"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (int r = 1; r <= 3; r++) {
        ws.value(r, 0, 1000 + r);
        ws.value(r, 1, 5000.0 * r);
        ws.value(r, 2, 0.5 * r);
        ws.value(r, 3, LocalDate.of(2024, 12, 29 + r - 1));
        ws.style(r, 3).format("dd/mm/yyyy").set();
        ws.value(r, 4, LocalDateTime.of(2025, 1, r, 10, 30));
        ws.style(r, 4).format("yyyy-mm-dd hh:mm").set();
        ws.value(r, 5, r == 2);
        ws.value(r, 7, (28 + r) + "/12/2024");
      }
      ws.value(1, 6, "first");
      ws.value(3, 6, "third");
      ws.value(2, 8, "2025-02-01");
      ws.value(3, 8, LocalDate.of(2025, 3, 1));
      ws.style(3, 8).format("yyyy-mm-dd").set();
      wb.finish();
    }
    return file;
  }

  private static DatasetRead read(Path file, String sheet) {
    return DatasetReaders.read(file, new ReadOptions(null, sheet, false), null, null);
  }

  @Test
  void typesEveryColumnFromItsCells() throws IOException {
    DatasetRead read = read(loans(), "Loans");
    DataTable t = read.table();
    assertThat(read.kind()).isEqualTo(DatasetKind.TABULAR);
    assertThat(read.formatDescription()).isEqualTo("Excel workbook, sheet 'Loans'");
    assertThat(read.sha256()).hasSize(64);
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
        ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.DATE, ColumnType.TIMESTAMP,
        ColumnType.BOOLEAN, ColumnType.CATEGORICAL, ColumnType.DATE, ColumnType.DATE);
    assertThat(t.row(0)).containsExactly(1001L, 5000L, 0.5, LocalDate.of(2024, 12, 29),
        LocalDateTime.of(2025, 1, 1, 10, 30), false, "first", LocalDate.of(2024, 12, 29), null);
    assertThat(t.value(1, 6)).isNull();
    assertThat(t.value(1, 8)).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(t.value(2, 8)).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void wholeNumbersInADecimalFormatStayDecimals() throws IOException {
    Path file = dir.resolve("weights.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      ws.value(0, 0, "kg");
      ws.value(0, 1, "price");
      ws.value(0, 2, "count");
      for (int r = 1; r <= 3; r++) {
        ws.value(r, 0, 60.0 + r);
        ws.style(r, 0).format("0.0##").set();
        ws.value(r, 1, 100 * r);
        ws.style(r, 1).format("#,##0.00").set();
        ws.value(r, 2, r);
        ws.style(r, 2).format("#,##0").set();
      }
      wb.finish();
    }
    DataTable t = read(file, null).table();
    assertThat(t.columns()).extracting(c -> c.type()).containsExactly(ColumnType.DECIMAL, ColumnType.DECIMAL,
        ColumnType.INTEGER);
    assertThat(t.row(0)).containsExactly(61.0, 100.0, 1L);
  }

  @Test
  void readsTheFirstSheetByDefault() throws IOException {
    DatasetRead read = read(loans(), null);
    assertThat(read.formatDescription()).isEqualTo("Excel workbook, sheet 'Notes'");
    assertThat(read.table().columnNames()).containsExactly("about");
  }

  @Test
  void unknownSheetListsTheSheets() throws IOException {
    Path file = loans();
    assertThatThrownBy(() -> read(file, "Budget"))
        .isInstanceOf(DataFormatException.class)
        .hasMessage("loans.xlsx: there is no sheet named 'Budget'; the sheets are 'Notes', 'Loans'.");
  }

  @Test
  void emptyHeaderNamesTheColumnLetter() throws IOException {
    Path file = dir.resolve("loans.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      ws.value(0, 0, "a");
      ws.value(0, 1, "b");
      ws.value(0, 3, "d");
      ws.value(1, 0, 1);
      wb.finish();
    }
    assertThatThrownBy(() -> read(file, null))
        .isInstanceOf(DataFormatException.class)
        .hasMessageStartingWith("loans.xlsx, sheet 'Sheet1', column C: the header is empty");
  }

  @Test
  void duplicateHeaderNamesBothColumns() throws IOException {
    Path file = dir.resolve("dup.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      ws.value(0, 0, "amount");
      ws.value(0, 1, "amount");
      ws.value(1, 0, 1);
      wb.finish();
    }
    assertThatThrownBy(() -> read(file, null))
        .hasMessage("dup.xlsx, sheet 'Sheet1', column B: the header 'amount' is also the header of "
            + "column A; give each column its own name.");
  }

  @Test
  void headerOnlySheetIsAPlainError() throws IOException {
    Path file = dir.resolve("head.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      wb.newWorksheet("S").value(0, 0, "x");
      wb.finish();
    }
    assertThatThrownBy(() -> read(file, null))
        .hasMessage("head.xlsx, sheet 'S': the sheet has a header but no data rows.");
  }

  @Test
  void valuesWithoutAHeaderAreLeftOutAndNamed() throws IOException {
    Path file = dir.resolve("wide.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("S");
      ws.value(0, 0, "x");
      ws.value(1, 0, 1);
      ws.value(1, 2, "stray");
      wb.finish();
    }
    DatasetRead read = read(file, null);
    assertThat(read.table().columnNames()).containsExactly("x");
    assertThat(read.problems()).containsExactly(
        "wide.xlsx, sheet 'S', column C: 1 value has no header in the first row; left out.");
  }
}
