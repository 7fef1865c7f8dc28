package org.modelworkbench.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;
import org.modelworkbench.model.ValueCount;

/** Value counts of a column read on its own equal those of the same column in a table. */
class ColumnValueCountsTest {
  private static void assertSameCounts(ColumnType type, Object... values) {
    DataTable table = new DataTable(List.of(new ColumnSchema("v", type)), new Object[][] {values});
    assertThat(ColumnProfiler.valueCounts(PrimitiveColumn.of(table, 0)))
        .isEqualTo(ColumnProfiler.valueCounts(table, "v"));
  }

  @Test
  void everyTypeCountsAsInATable() {
    assertSameCounts(ColumnType.INTEGER, 3L, null, 10L, 3L, 9L, 10L);
    assertSameCounts(ColumnType.DECIMAL, 0.5, 2.0, null, 2.0, 0.5, 11.0);
    assertSameCounts(ColumnType.BOOLEAN, true, false, true, null);
    assertSameCounts(ColumnType.DATE, LocalDate.of(2024, 1, 2), LocalDate.of(2023, 5, 6), LocalDate.of(2024, 1, 2));
    assertSameCounts(ColumnType.CATEGORICAL, "b", "a", null, "b", "c", "a", "B");
  }

  @Test
  void repeatedDictionaryEntriesAddUp() {
    PrimitiveColumn column = PrimitiveColumn.ofTexts(new ColumnSchema("v", ColumnType.CATEGORICAL),
        new boolean[] {false, false, false, true, false}, new int[] {0, 1, 2, 0, 2}, new String[] {"x", "y", "x"});
    assertThat(ColumnProfiler.valueCounts(column)).containsExactly(new ValueCount("x", 3), new ValueCount("y", 1));
  }
}
