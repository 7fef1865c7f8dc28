package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityReport;

/**
 * Speed on large tables of 12 columns. The million-row run needs a lot of memory and several
 * seconds, so it only runs when asked: {@code -Dworkbench.slowTests=true}. The smaller run always
 * does.
 */
class LargeTableTest {

  /** Rows of 12 columns: an id, numbers, text, a flag, a date and a 9 % "yes" target. */
  private static DataTable table(int rows) {
    String[] colours = {"red", "green", "blue", "cyan"};
    List<ColumnSchema> schema = new ArrayList<>();
    String[] names = {"id", "a", "b", "c", "d", "e", "f", "colour", "text", "flag", "day", "target"};
    ColumnType[] types = {ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.INTEGER,
        ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.CATEGORICAL,
        ColumnType.CATEGORICAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.CATEGORICAL};
    for (int c = 0; c < names.length; c++) {
      schema.add(new ColumnSchema(names[c], types[c]));
    }
    Object[][] values = new Object[names.length][rows];
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < rows; i++) {
      long scrambled = (i * 2_654_435_761L) & 0xFFFF_FFFFL;
      values[0][i] = (long) i;
      values[1][i] = (long) (i % 97);
      values[2][i] = i * 0.25;
      values[3][i] = scrambled % 13 - 6;
      values[4][i] = (scrambled % 10_007) / 7.0;
      values[5][i] = scrambled % 1000;
      values[6][i] = i % 5 == 0 ? null : 1.5 + scrambled % 11;
      values[7][i] = colours[(int) (scrambled % 4)];
      values[8][i] = "t" + (scrambled % 50_000);
      values[9][i] = scrambled % 3 == 0;
      values[10][i] = start.plusDays(scrambled % 400);
      values[11][i] = (scrambled >>> 7) % 100 < 9 ? "yes" : "no";
    }
    return new DataTable(schema, values);
  }

  /** Runs all three checks and returns the milliseconds taken. */
  private static long timeAllChecks(DataTable table) {
    int rows = table.rowCount();
    int[] train = java.util.stream.IntStream.range(0, rows * 8 / 10).toArray();
    int[] test = java.util.stream.IntStream.range(rows * 8 / 10, rows).toArray();
    long start = System.nanoTime();
    QualityReport dataset = QualityChecker.check(table);
    QualityReport target = QualityChecker.checkTarget(table, "target", true);
    QualityChecker.checkSplit(table, new DataSplit(train, new int[0], test, 1L, false),
        table.columnNames().subList(1, 11));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(dataset.withCode(QualityCodes.ID_LIKE)).extracting(f -> f.column()).contains("id");
    assertThat(Findings.one(dataset, QualityCodes.MISSING_VALUES, "f").count()).isEqualTo(rows / 5);
    assertThat(target.withCode(QualityCodes.TARGET_LEAK)).isEmpty();
    assertThat(target.withCode(QualityCodes.MISSING_LEAK)).isEmpty();
    return millis;
  }

  @Test
  void hundredThousandRows() {
    long millis = timeAllChecks(table(100_000));
    // Generous: a shared build machine may be busy; this guards against accidental slowness only.
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  @EnabledIfSystemProperty(named = "workbench.slowTests", matches = "true")
  void millionRowsByTwelveColumnsInAFewSeconds() {
    DataTable table = table(1_000_000);
    timeAllChecks(table);
    long millis = timeAllChecks(table);
    System.out.println("Quality checks on 1,000,000 x 12: " + millis + " ms");
    assertThat(millis).isLessThan(8_000);
  }
}
