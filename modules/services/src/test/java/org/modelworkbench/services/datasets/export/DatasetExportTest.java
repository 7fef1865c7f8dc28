package org.modelworkbench.services.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelworkbench.services.datasets.export.ExportedDatasets.assertSameRows;
import static org.modelworkbench.services.datasets.export.ExportedDatasets.importFile;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;

/** The export's options, its file handling, cancellation and progress, on real projects. */
class DatasetExportTest {
  @TempDir
  Path dir;

  private static List<CsvRecord> readCsv(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      return reader.stream().toList();
    }
  }

  private static List<String> folderContents(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheFilteredSortedRowsWithoutTheLeftOutColumns() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo iris = importFile(workbench, ExportedDatasets.SAMPLES.resolve("iris.csv"), null);
      RowQuery query = new RowQuery(new RowSort("sepal length (cm)", false),
          List.of(new RowFilter.EqualTo("target", "virginica")));
      Path file = dir.resolve("virginica.csv");
      ExportOutcome outcome = workbench.datasetExport().export(ExportRequest.of(iris, file).withQuery(query)
          .leavingOut(List.of("petal width (cm)", "not a column")), ProgressListener.NONE, CancellationToken.none());

      assertThat(outcome.columns()).containsExactly("sepal length (cm)", "sepal width (cm)", "petal length (cm)",
          "target");
      List<CsvRecord> records = readCsv(file);
      assertThat(records.get(0).getFields()).containsExactlyElementsOf(outcome.columns());
      DataTable expected = workbench.datasets().view(iris, query, null).rows(0, 1000).rows()
          .selectColumns(outcome.columns());
      assertThat(outcome.rows()).isEqualTo(50).isEqualTo(expected.rowCount());
      assertThat(records).hasSize(51);
      for (int r = 0; r < expected.rowCount(); r++) {
        List<String> want = new ArrayList<>();
        for (Object value : expected.row(r)) {
          want.add(value.toString());
        }
        assertThat(records.get(r + 1).getFields()).as("row %d", r).containsExactlyElementsOf(want);
      }
      List<Double> lengths = records.subList(1, records.size()).stream()
          .map(rec -> Double.parseDouble(rec.getField(0))).toList();
      assertThat(lengths).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
  }

  @Test
  void exportedCsvKeepsLineBreaksOfAWorkbookField() throws IOException {
    Path workbook = dir.resolve("notes.xlsx");
    List<String> notes = List.of("crlf\r\ninside", "lf\nonly", "cr\ralone", "quote \" and, comma", "plain");
    try (OutputStream out = Files.newOutputStream(workbook)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Notes");
      ws.value(0, 0, "n");
      ws.value(0, 1, "note");
      for (int r = 0; r < notes.size(); r++) {
        ws.value(r + 1, 0, r + 1);
        ws.value(r + 1, 1, notes.get(r));
      }
      wb.finish();
    }
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo imported = importFile(workbench, workbook, "notes");
      assertThat(workbench.datasets().rows(imported).columnValues(1)).containsExactlyElementsOf(notes);

      Path csv = dir.resolve("notes.csv");
      workbench.datasetExport().export(ExportRequest.of(imported, csv), ProgressListener.NONE,
          CancellationToken.none());
      List<CsvRecord> records = readCsv(csv);
      assertThat(records).hasSize(notes.size() + 1);
      for (int r = 0; r < notes.size(); r++) {
        assertThat(records.get(r + 1).getFields()).containsExactly(Integer.toString(r + 1), notes.get(r));
      }

      Path xlsx = dir.resolve("out").resolve("notes.xlsx");
      workbench.datasetExport().export(ExportRequest.of(imported, xlsx), ProgressListener.NONE,
          CancellationToken.none());
      try (Workbench fresh = Workbench.open(dir.resolve("fresh"))) {
        assertSameRows(workbench, imported, fresh, importFile(fresh, xlsx, "notes"));
      }
    }
  }

  private static Path numbersCsv(Path file, int rows) throws IOException {
    StringBuilder csv = new StringBuilder("n,half\n");
    for (int r = 0; r < rows; r++) {
      csv.append(r).append(',').append(String.format(Locale.ROOT, "%.1f", r / 2.0)).append('\n');
    }
    return Files.writeString(file, csv);
  }

  @Test
  void reportsProgressPageByPageAndEndsAtOne() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo numbers = importFile(workbench, numbersCsv(dir.resolve("numbers.csv"), 10_000), null);
      List<Double> fractions = new ArrayList<>();
      workbench.datasetExport().export(ExportRequest.of(numbers, dir.resolve("out.xlsx")),
          (fraction, message) -> fractions.add(fraction), CancellationToken.none());
      assertThat(fractions).hasSizeGreaterThanOrEqualTo(3).isSorted();
      assertThat(fractions.get(0)).isGreaterThan(0).isLessThan(1);
      assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }
  }

  @Test
  void aCancelledExportLeavesTheOldFileAndNothingElse() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo numbers = importFile(workbench, numbersCsv(dir.resolve("numbers.csv"), 10_000), null);
      Path folder = Files.createDirectories(dir.resolve("exports"));
      for (ExportFormat format : ExportFormat.values()) {
        Path file = Files.writeString(folder.resolve("numbers" + format.extension()), "older export");
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelAfterFirstPage = (fraction, message) -> {
          if (fraction > 0) {
            cancel.cancel();
          }
        };
        assertThatThrownBy(() -> workbench.datasetExport().export(ExportRequest.of(numbers, file),
            cancelAfterFirstPage, cancel)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).as(format.label()).isEqualTo("older export");
      }
      assertThat(folderContents(folder)).containsExactly("numbers.csv", "numbers.xlsx");
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedInOnePlainSentence() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo numbers = importFile(workbench, numbersCsv(dir.resolve("numbers.csv"), 10), null);
      Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file");
      Path file = notAFolder.resolve("numbers.csv");
      assertThatThrownBy(() -> workbench.datasetExport().export(ExportRequest.of(numbers, file),
          ProgressListener.NONE, CancellationToken.none()))
          .isInstanceOf(WorkbenchException.class)
          .hasMessageStartingWith("Could not write " + file.toAbsolutePath() + ": ")
          .hasMessageEndingWith(".");
      Path folder = Files.createDirectories(dir.resolve("a-folder"));
      assertThatThrownBy(() -> workbench.datasetExport().export(ExportRequest.of(numbers, folder),
          ProgressListener.NONE, CancellationToken.none()))
          .hasMessage("Could not write " + folder.toAbsolutePath() + ": it is a folder; give a file name.");
      assertThat(Files.readString(notAFolder)).isEqualTo("a file");
    }
  }

  @Test
  void unknownColumnsAndFormatsArePlainErrors() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo numbers = importFile(workbench, numbersCsv(dir.resolve("numbers.csv"), 10), null);
      assertThatThrownBy(() -> new ExportRequest(numbers, null, List.of("n", "nope"), dir.resolve("x.csv"), null))
          .hasMessage("The dataset 'numbers' has no column 'nope'.");
      assertThatThrownBy(() -> ExportRequest.of(numbers, dir.resolve("x.csv")).leavingOut(List.of("n", "half")))
          .hasMessage("No column of 'numbers' is left to export.");
      assertThatThrownBy(() -> ExportFormat.of("pdf")).hasMessage("Unknown export format 'pdf'; use csv or xlsx.");
    }
    assertThat(ExportFormat.of(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.forFile(Path.of("Loans.XLSX"))).isEqualTo(ExportFormat.XLSX);
    assertThat(ExportFormat.forFile(Path.of("loans.txt"))).isEqualTo(ExportFormat.CSV);
  }

  @Test
  void sheetNamesAreOnesExcelAccepts() {
    assertThat(SheetNames.of("loans/2025: [draft]?")).isEqualTo("loans_2025_ _draft__");
    assertThat(SheetNames.of("'quoted'")).isEqualTo("quoted");
    assertThat(SheetNames.of("  ")).isEqualTo("Data");
    assertThat(SheetNames.of("x".repeat(40))).hasSize(SheetNames.MAX_LENGTH);
  }
}
