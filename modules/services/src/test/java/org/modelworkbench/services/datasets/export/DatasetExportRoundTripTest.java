package org.modelworkbench.services.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.services.datasets.export.ExportedDatasets.assertSameRows;
import static org.modelworkbench.services.datasets.export.ExportedDatasets.importFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.Workbench;

/**
 * Every sample dataset and a messy generated file, imported, exported to CSV and to xlsx, and
 * imported again into a fresh project: the same columns, types and rows come back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetExportRoundTripTest {
  @TempDir
  static Path dir;

  private Workbench source;

  @BeforeAll
  void importEverything() throws IOException {
    source = Workbench.open(dir.resolve("source"));
    try (Stream<Path> samples = Files.list(ExportedDatasets.SAMPLES)) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        importFile(source, sample, null);
      }
    }
    importFile(source, ExportedDatasets.messyCsv(dir.resolve("messy.csv")), "messy");
  }

  @AfterAll
  void close() {
    source.close();
  }

  Stream<Arguments> datasetsAndFormats() {
    List<String> names = List.of("breast_cancer", "diabetes", "iris", "penguins", "wine", "messy");
    return names.stream().flatMap(name -> Stream.of(ExportFormat.values()).map(format -> Arguments.of(name, format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("datasetsAndFormats")
  void exportsAndImportsBackTheSameRowsAndTypes(String name, ExportFormat format) {
    DatasetInfo original = source.datasets().find(name);
    Path file = dir.resolve("out").resolve(name + format.extension());
    ExportOutcome outcome = source.datasetExport().export(ExportRequest.of(original, file), ProgressListener.NONE,
        CancellationToken.none());
    assertThat(outcome.file()).isEqualTo(file.toAbsolutePath());
    assertThat(outcome.format()).isEqualTo(format);
    assertThat(outcome.rows()).isEqualTo(original.rows());

    try (Workbench fresh = Workbench.open(dir.resolve("fresh-" + name + "-" + format.label()))) {
      DatasetInfo back = importFile(fresh, file, name);
      assertThat(back.rejectedRows()).isZero();
      assertSameRows(source, original, fresh, back);
    }
  }

  @Test
  void theMessyFileHoldsWhatTheRoundTripMustKeep() {
    DatasetInfo messy = source.datasets().find("messy");
    assertThat(messy.schema()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL,
        ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.CATEGORICAL,
        ColumnType.INTEGER);
    DataTable rows = source.datasets().rows(messy);
    assertThat(rows.columnNames()).containsExactly("id", "weight, kg", "amount", "active", "day", "at", "note",
        "größe \"cm\"");
    assertThat(rows.value(3, 0)).isEqualTo(1234567890123456789L);
    assertThat(rows.value(0, 1)).isEqualTo(60.0);
    assertThat(rows.value(1, 4)).isEqualTo(LocalDate.of(1899, 12, 31));
    assertThat(rows.value(2, 5)).isEqualTo(LocalDateTime.of(2025, 1, 1, 8, 30, 15, 123_456_789));
    assertThat(rows.value(1, 6)).isEqualTo("say \"hi\", ok");
    assertThat(rows.value(2, 6)).isEqualTo("line one\nline two");
    // The CSV import joins the lines of a quoted field with \n whatever ended them (it reads line by
    // line); a workbook's \r\n stays, see exportedCsvKeepsLineBreaksOfAWorkbookField.
    assertThat(rows.value(3, 6)).isEqualTo("crlf\ninside");
    assertThat(rows.value(6, 6)).isEqualTo("Ünïcödé 日本語 😀 – ok");
    assertThat(rows.value(7, 6)).isNull();
    assertThat(rows.value(1, 7)).isNull();
  }
}
