package org.modelworkbench.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ValueCount;

/** Profiles of streamed columns match the profiles of the same values in memory. */
class StreamedProfileTest {
  @Test
  void numbersMatchTheInMemoryProfile() {
    Object[] values = {3L, null, 7L, 7L, -2L, null, 11L};
    ColumnSchema schema = new ColumnSchema("n", ColumnType.INTEGER);
    ColumnProfile expected = ColumnProfiler.profile(new DataTable(List.of(schema), new Object[][] {values}), 0);
    ColumnProfile streamed = ColumnProfiler.profileNumbers(schema, 2, visitor -> {
      for (Object v : values) {
        if (v != null) {
          visitor.accept(((Long) v).doubleValue(), (Long) v);
        }
      }
    });
    assertThat(streamed).isEqualTo(expected);
  }

  @Test
  void datesMatchTheInMemoryProfile() {
    Object[] values = {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3), null, LocalDate.of(2024, 1, 1)};
    ColumnSchema schema = new ColumnSchema("d", ColumnType.DATE);
    ColumnProfile expected = ColumnProfiler.profile(new DataTable(List.of(schema), new Object[][] {values}), 0);
    ColumnProfile streamed = ColumnProfiler.profileNumbers(schema, 1, visitor -> {
      for (Object v : values) {
        if (v != null) {
          long day = ((LocalDate) v).toEpochDay();
          visitor.accept(day, day);
        }
      }
    });
    assertThat(streamed).isEqualTo(expected);
  }

  @Test
  void repeatedTextCountsAddUpAndTiesGoByText() {
    ColumnSchema schema = new ColumnSchema("c", ColumnType.CATEGORICAL);
    ColumnProfile streamed = ColumnProfiler.profileCounts(schema, 4, counts -> {
      counts.accept("b", 2);
      counts.accept("a", 2);
      counts.accept("c", 1);
      counts.accept("c", 2);
    });
    assertThat(streamed.distinct()).isEqualTo(3);
    assertThat(streamed.missing()).isEqualTo(4);
    assertThat(streamed.topValues()).containsExactly(new ValueCount("c", 3), new ValueCount("a", 2),
        new ValueCount("b", 2));
  }

  @Test
  void distinctCountsStopAtTheCap() {
    ColumnSchema schema = new ColumnSchema("id", ColumnType.INTEGER);
    int n = ColumnProfiler.DISTINCT_CAP + 10;
    ColumnProfile streamed = ColumnProfiler.profileNumbers(schema, 0, visitor -> {
      for (long i = 0; i < n; i++) {
        visitor.accept(i, i);
      }
    });
    assertThat(streamed.distinct()).isEqualTo(ColumnProfiler.DISTINCT_CAP);
    assertThat(streamed.max()).isEqualTo(n - 1.0);
  }
}
