package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.WorkbenchException;

/** What the filter bar's text means per column type. */
class FilterTextTest {
  private static RowFilter parse(ColumnType type, String text) {
    return FilterText.parse("c", type, text).orElseThrow();
  }

  @Test
  void numbersComparisonsAndRanges() {
    assertThat(parse(ColumnType.INTEGER, " 42 ")).isEqualTo(new RowFilter.Between("c", 42, true, 42, true));
    assertThat(parse(ColumnType.DECIMAL, ">100")).isEqualTo(
        new RowFilter.Between("c", 100, false, Double.POSITIVE_INFINITY, true));
    assertThat(parse(ColumnType.DECIMAL, "<= -0.5")).isEqualTo(
        new RowFilter.Between("c", Double.NEGATIVE_INFINITY, true, -0.5, true));
    assertThat(parse(ColumnType.INTEGER, "20..10")).isEqualTo(new RowFilter.Between("c", 10, true, 20, true));
    assertThat(parse(ColumnType.INTEGER, "1_000 to 2e3")).isEqualTo(new RowFilter.Between("c", 1000, true, 2000, true));
    assertThatThrownBy(() -> parse(ColumnType.INTEGER, "abc")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("'abc' is not a number");
  }

  @Test
  void textContainsOrEqualsAndBlankMeansNoFilter() {
    assertThat(parse(ColumnType.CATEGORICAL, "ber")).isEqualTo(new RowFilter.Contains("c", "ber"));
    assertThat(parse(ColumnType.DATE, "2025-03")).isEqualTo(new RowFilter.Contains("c", "2025-03"));
    assertThat(parse(ColumnType.CATEGORICAL, "=Bern")).isEqualTo(new RowFilter.EqualTo("c", "Bern"));
    assertThat(FilterText.parse("c", ColumnType.CATEGORICAL, "  ")).isEmpty();
    assertThat(FilterText.parse("c", ColumnType.INTEGER, null)).isEmpty();
  }
}
