package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.services.datasets.ImportOutcome;

/** CSV import through the columnar store: profiles, paging, unchanged files and cancel. */
class StreamingImportTest {
  private static final int ROWS = 50_000;

  @TempDir Path dir;

  private Path writeCsv() throws IOException {
    Path file = dir.resolve("people.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,score,colour,joined,member\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(i + "," + (i % 10 == 0 ? "" : Double.toString(i * 0.5)) + "," + (i % 3 == 0 ? "red" : "blue") + ","
            + LocalDate.of(2024, 1, 1).plusDays(i % 30) + "," + (i % 2 == 0) + "\n");
      }
    }
    return file;
  }

  private static ColumnProfile column(DatasetInfo info, String name) {
    return info.column(name).orElseThrow();
  }

  @Test
  void importsTypesProfilesAndPages() throws IOException {
    Path file = writeCsv();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImportOutcome outcome = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none());
      DatasetInfo info = outcome.dataset();
      assertThat(info.rows()).isEqualTo(ROWS);
      assertThat(info.schema()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL,
          ColumnType.CATEGORICAL, ColumnType.DATE, ColumnType.BOOLEAN);
      ColumnProfile id = column(info, "id");
      assertThat(id.distinct()).isEqualTo(ROWS);
      assertThat(id.min()).isEqualTo(0.0);
      assertThat(id.max()).isEqualTo(ROWS - 1.0);
      assertThat(id.histogram()).isNotEmpty();
      assertThat(column(info, "score").missing()).isEqualTo(ROWS / 10);
      assertThat(column(info, "colour").topValues()).containsExactly(new ValueCount("blue", 33_333),
          new ValueCount("red", 16_667));
      assertThat(column(info, "joined").distinct()).isEqualTo(30);

      // The stored profile equals the in-memory profile of the rows read back.
      DataTable all = workbench.datasets().rows(info);
      assertThat(org.modelworkbench.data.profile.ColumnProfiler.profile(all)).isEqualTo(info.columns());

      DataTable page = workbench.datasets().rows(info, 40_000, 2);
      assertThat(page.value(0, 0)).isEqualTo(40_000L);
      assertThat(page.value(0, 1)).isNull();
      assertThat(page.value(1, 1)).isEqualTo(20_000.5);

      ImportOutcome again = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none());
      assertThat(again.unchanged()).isTrue();
      assertThat(again.dataset().id()).isEqualTo(info.id());
      assertThat(datasetFolders(workbench)).hasSize(1);
    }
  }

  @Test
  void cancellingMidImportLeavesNothingBehind() throws IOException {
    Path file = writeCsv();
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      CancellationToken token = new CancellationToken();
      ProgressListener cancelHalfWay = (fraction, message) -> {
        if (fraction > 0.6) {
          token.cancel();
        }
      };
      assertThatThrownBy(() -> workbench.datasets().importCsv(file, "people", false, cancelHalfWay, token))
          .isInstanceOf(CancellationException.class);
      assertThat(workbench.datasets().listAllVersions()).isEmpty();
      assertThat(datasetFolders(workbench)).isEmpty();
    }
  }

  /** 20,000 rows of whole numbers in "amount", then the given last row. */
  private Path writeCsvEndingWith(String lastRow) throws IOException {
    Path file = dir.resolve("late.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,amount,label\n");
      for (int i = 0; i < 20_000; i++) {
        out.write(i + "," + (i % 7 == 0 ? "" : Integer.toString(i * 3)) + "," + (i % 2 == 0 ? "a" : "b") + "\n");
      }
      out.write(lastRow + "\n");
    }
    return file;
  }

  @Test
  void aLateDecimalMakesTheWholeColumnDecimal() throws IOException {
    Path file = writeCsvEndingWith("20000,2.5,c");
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo info = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      assertThat(info.schema()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL,
          ColumnType.CATEGORICAL);
      DataTable all = workbench.datasets().rows(info);
      assertThat(all.value(1, 1)).isEqualTo(3.0);
      assertThat(all.value(7, 1)).isNull();
      assertThat(all.value(20_000, 1)).isEqualTo(2.5);
      assertThat(org.modelworkbench.data.profile.ColumnProfiler.profile(all)).isEqualTo(info.columns());
      assertThat(datasetFolders(workbench)).hasSize(1);
    }
  }

  @Test
  void aLateTextMakesTheWholeColumnText() throws IOException {
    Path file = writeCsvEndingWith("20000,unknown,c");
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo info = workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      assertThat(info.schema()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
          ColumnType.CATEGORICAL, ColumnType.CATEGORICAL);
      DataTable all = workbench.datasets().rows(info);
      assertThat(all.rowCount()).isEqualTo(20_001);
      assertThat(all.value(1, 1)).isEqualTo("3");
      assertThat(all.value(20_000, 1)).isEqualTo("unknown");
      assertThat(org.modelworkbench.data.profile.ColumnProfiler.profile(all)).isEqualTo(info.columns());
      assertThat(datasetFolders(workbench)).hasSize(1);
    }
  }

  @Test
  void aLateBadRowFailsNamingItsLineAndStoresNothing() throws IOException {
    Path file = writeCsvEndingWith("20000,1,c,extra");
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      assertThatThrownBy(() -> workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()))
          .isInstanceOf(org.modelworkbench.model.DataFormatException.class)
          .hasMessageContaining("late.csv")
          .hasMessageContaining("20002");
      assertThat(workbench.datasets().listAllVersions()).isEmpty();
      assertThat(datasetFolders(workbench)).isEmpty();

      ImportOutcome skipped = workbench.datasets().importCsv(file, null, true, ProgressListener.NONE,
          CancellationToken.none());
      assertThat(skipped.dataset().rows()).isEqualTo(20_000);
      assertThat(skipped.rejected()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(20_002L));
    }
  }

  private Path[] datasetFolders(Workbench workbench) throws IOException {
    Path folder = workbench.projectDir().resolve("artifacts").resolve("datasets");
    try (Stream<Path> list = Files.list(folder)) {
      return list.toArray(Path[]::new);
    }
  }
}
