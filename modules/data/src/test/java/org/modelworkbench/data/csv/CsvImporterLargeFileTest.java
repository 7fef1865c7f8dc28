package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;

/**
 * Speed on a large file. The million-row run takes several seconds and a lot of memory, so it
 * only runs when asked: {@code -Dworkbench.slowTests=true}. The smaller run always does.
 */
class CsvImporterLargeFileTest {
  @TempDir Path dir;

  /** Writes rows of 12 columns: integers, decimals, a category, a true/false flag and a date. */
  private Path write(int rows) throws IOException {
    Path file = dir.resolve("large.csv");
    String[] colours = {"red", "green", "blue", "cyan"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,a,b,c,d,e,f,g,h,colour,flag,day\n");
      for (int i = 0; i < rows; i++) {
        out.write(i + "," + (i % 97) + "," + (i * 0.25) + "," + (i % 13 - 6) + "," + (i / 7.0) + ","
            + (i % 1000) + "," + (1.5 + i % 11) + "," + (i % 2) + "," + (i % 5 == 0 ? "" : "3.75") + ","
            + colours[i % 4] + "," + (i % 3 == 0 ? "true" : "false") + ",2024-01-" + (10 + i % 20) + "\n");
      }
    }
    return file;
  }

  private static void check(DataTable table, int rows) {
    assertThat(table.rowCount()).isEqualTo(rows);
    assertThat(table.columns()).extracting(c -> c.type()).containsExactly(ColumnType.INTEGER,
        ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.DECIMAL,
        ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.DECIMAL,
        ColumnType.CATEGORICAL, ColumnType.BOOLEAN, ColumnType.DATE);
    assertThat(table.value(rows - 1, 0)).isEqualTo((long) rows - 1);
  }

  @Test
  void hundredThousandRows() throws IOException {
    Path file = write(100_000);
    long start = System.nanoTime();
    DataTable table = CsvTestFiles.read(file).table();
    long millis = (System.nanoTime() - start) / 1_000_000;
    check(table, 100_000);
    // Generous: a shared build machine may be busy; this guards against accidental slowness only.
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  @EnabledIfSystemProperty(named = "workbench.slowTests", matches = "true")
  void millionRowsByTwelveColumnsInUnderFifteenSeconds() throws IOException {
    Path file = write(1_000_000);
    long start = System.nanoTime();
    DataTable table = CsvTestFiles.read(file).table();
    long millis = (System.nanoTime() - start) / 1_000_000;
    check(table, 1_000_000);
    System.out.println("Imported 1,000,000 x 12 in " + millis + " ms");
    assertThat(millis).isLessThan(15_000);
  }
}
