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
import org.modelworkbench.model.Task;

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

  /** A loans file for the target checks: a leak by gaps, a copied label, conflicts, missing labels. */
  private Path writeLoans() throws IOException {
    Path file = dir.resolve("loans.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,amount,city,closing_date,status_code,balance,fee,defaulted\n");
      for (int i = 0; i < ROWS; i++) {
        boolean defaulted = i % 11 == 0;
        int kind = i % 7;
        out.write((1_000_000 + i) + "," + (i % 13 == 0 ? "" : Integer.toString(i % 500 * 10)) + ",city-" + (i % 9) + ","
            + (defaulted ? LocalDate.of(2025, 3, 1).plusDays(i % 90) : "") + "," + (defaulted ? "D" : "OK") + ","
            + (i % 500) + "," + (i % 500 * 2 + 1) + "," + (i % 997 == 0 ? "" : defaulted || kind == 3 && i % 1000 < 40
                ? "yes" : "no") + "\n");
      }
    }
    return file;
  }

  @Test
  void targetFindingsFromTheFilesAreThoseOfTheTable() throws IOException {
    Path file = writeLoans();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo loans = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      DataTable rows = workbench.datasets().rows(loans);
      for (List<String> excluded : List.of(List.<String>of(), List.of("customer_id", "status_code"))) {
        QualityReport fromFiles = workbench.quality().forTarget(loans, "defaulted", Task.CLASSIFICATION, excluded);
        QualityReport fromTable = workbench.quality().forTarget(loans, rows, "defaulted", Task.CLASSIFICATION,
            excluded);
        assertThat(fromFiles).as("excluding %s", excluded).isEqualTo(fromTable);
        assertThat(fromFiles.findings()).extracting(f -> f.code() + " " + f.column()).contains(
            "class_balance defaulted", "missing_target defaulted", "missing_leak closing_date");
        assertThat(fromFiles.findings()).noneMatch(f -> excluded.contains(f.column()));
      }
      assertThat(workbench.quality().forTarget(loans, "defaulted", Task.CLASSIFICATION, List.of()).findings())
          .extracting(f -> f.code() + " " + f.column()).contains("target_leak status_code");
      QualityReport regression = workbench.quality().forTarget(loans, "balance", Task.REGRESSION, List.of());
      assertThat(regression).isEqualTo(workbench.quality().forTarget(loans, rows, "balance", Task.REGRESSION,
          List.of()));
      assertThat(regression.findings()).extracting(f -> f.code() + " " + f.column()).contains("target_leak fee");
      assertThat(QualityChecker.checkTarget(workbench.datasets().columns(loans), "city", true))
          .isEqualTo(QualityChecker.checkTarget(rows, "city", true));
    }
  }
}
