package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.data.profile.ColumnProfiler;
import org.modelworkbench.data.quality.QualityChecker;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.QualityReport;

/**
 * The dataset check and the class counts read the columnar files one column at a time, and find
 * exactly what the same work on the rows as a table of objects finds.
 */
class QualityFromFilesTest {
  /** More distinct texts than the dictionary shares, so later rows get entries of their own. */
  private static final int ROWS = 80_000;

  @TempDir Path dir;

  /** Every kind of dataset finding: gaps, an ID, a constant, mixed text, far values and copies. */
  private Path writeCsv() throws IOException {
    Path file = dir.resolve("orders.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("order_id,amount,currency,code,placed,seen,paid,reference\n");
      for (int i = 0; i < ROWS; i++) {
        int row = i % 1000 == 999 ? i - 1 : i;
        out.write((row % 997 == 0 ? "" : Integer.toString(row)) + ","
            + (row % 5 == 0 ? "" : row % 4001 == 0 ? "999999" : Double.toString(row % 300 * 0.25)) + ",EUR,"
            + (row % 50 == 0 ? "unknown" : Integer.toString(row % 77)) + "," + LocalDate.of(2024, 1, 1).plusDays(row % 400)
            + "," + (row % 3 == 0 ? "" : LocalDateTime.of(2024, 1, 1, 8, 0).plusSeconds(row * 61L)) + ","
            + (row % 2 == 0) + ",R-" + (row * 7919L % 100_003) + "\n");
      }
    }
    return file;
  }

  @Test
  void findsWhatTheTableCheckFinds() throws IOException {
    Path file = writeCsv();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo orders = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      QualityReport fromFiles = workbench.quality().checkAndStore(orders, workbench.datasets().columns(orders));
      QualityReport fromTable = QualityChecker.check(workbench.datasets().rows(orders));
      assertThat(fromFiles).isEqualTo(fromTable);
      assertThat(fromFiles.findings()).extracting(f -> f.code() + " " + f.column()).contains(
          "missing_values order_id", "id_like order_id", "constant_column currency", "mixed_types code",
          "outliers amount", "duplicate_rows null", "missing_values seen");
      assertThat(workbench.quality().datasetReport(orders)).isEqualTo(fromFiles);
    }
  }

  @Test
  void countsValuesAsTheTableDoes() throws IOException {
    Path file = writeCsv();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo orders = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      DataTable rows = workbench.datasets().rows(orders);
      for (String column : List.of("paid", "code", "reference", "placed")) {
        assertThat(workbench.datasets().valueCounts(orders, column)).as(column)
            .isEqualTo(ColumnProfiler.valueCounts(rows, column));
      }
    }
  }
}
