package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnSource;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/** Hashes of primitive columns are the hashes of the values a table holds, and distinct counts agree. */
class ColumnHashingTest {
  @Test
  void primitiveColumnsHashAsTheirValues() {
    DataTable table = Tables.with()
        .column("n", ColumnType.INTEGER, 1L, null, Long.MIN_VALUE, 1L)
        .column("x", ColumnType.DECIMAL, 0.0, -0.0, Double.NaN, null)
        .column("b", ColumnType.BOOLEAN, true, false, null, true)
        .column("d", ColumnType.DATE, LocalDate.of(1, 1, 1), null, LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31))
        .column("t", ColumnType.TIMESTAMP, LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999), null,
            LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 7))
        .column("s", ColumnType.CATEGORICAL, "a", "", null, "naïve ☃")
        .build();
    ColumnSource columns = ColumnSource.of(table);
    for (int c = 0; c < table.columnCount(); c++) {
      long[] hashes = ValueHash.ofColumn(columns.column(c));
      for (int r = 0; r < table.rowCount(); r++) {
        assertThat(hashes[r]).as("column %d row %d", c, r).isEqualTo(ValueHash.of(table.value(r, c)));
      }
    }
    long[] running = ValueHash.rowSeeds(table.rowCount());
    for (int c = 0; c < table.columnCount(); c++) {
      ValueHash.fold(running, ValueHash.ofColumn(columns.column(c)));
    }
    assertThat(ValueHash.finish(running)).containsExactly(ValueHash.rows(table, new int[] {0, 1, 2, 3, 4, 5}));
  }

  @Test
  void repeatedDictionaryEntriesCountAsOneValue() {
    PrimitiveColumn column = PrimitiveColumn.ofTexts(new ColumnSchema("s", ColumnType.CATEGORICAL),
        new boolean[] {false, false, true, false}, new int[] {0, 1, 0, 2}, new String[] {"x", "y", "x"});
    long[] hashes = ValueHash.ofColumn(column);
    assertThat(hashes[3]).isEqualTo(hashes[0]);
    assertThat(ColumnScan.of(column, hashes).distinct()).isEqualTo(2);
  }

  @Test
  void distinctCountsAgreeOnBothSidesOfTheTableLimit() {
    for (int n : List.of(0, 1, ColumnScan.TABLE_LIMIT, ColumnScan.TABLE_LIMIT + 1, 3 * ColumnScan.TABLE_LIMIT)) {
      long[] hashes = new long[n];
      for (int i = 0; i < n; i++) {
        hashes[i] = ValueHash.mix(i % (n / 2 + 1));
      }
      assertThat(ColumnScan.distinct(hashes, n)).as("%d hashes", n).isEqualTo(Math.min(n, n / 2 + 1));
    }
  }
}
