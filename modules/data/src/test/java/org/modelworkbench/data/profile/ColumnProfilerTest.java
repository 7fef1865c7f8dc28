package org.modelworkbench.data.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.HistogramBin;
import org.modelworkbench.model.ValueCount;

/** Profiles checked against numbers worked out by hand (shown in the comments). */
class ColumnProfilerTest {

  private static DataTable column(ColumnType type, Object... values) {
    return new DataTable(List.of(new ColumnSchema("v", type)), new Object[][] {values});
  }

  @Test
  void wholeNumbers() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.INTEGER, 1L, 2L, null, 4L, 4L), 0);
    assertThat(p.name()).isEqualTo("v");
    assertThat(p.type()).isEqualTo(ColumnType.INTEGER);
    assertThat(p.missing()).isEqualTo(1);
    assertThat(p.distinct()).isEqualTo(3);
    assertThat(p.min()).isEqualTo(1.0);
    assertThat(p.max()).isEqualTo(4.0);
    // mean = 11 / 4
    assertThat(p.mean()).isEqualTo(2.75);
    // squared deviations 3.0625 + 0.5625 + 1.5625 + 1.5625 = 6.75; 6.75 / 3 = 2.25; sqrt = 1.5
    assertThat(p.stddev()).isCloseTo(1.5, within(1e-12));
    assertThat(p.topValues()).isEmpty();
    // Whole-number bins: one per value from 1 to 4.
    assertThat(p.histogram()).containsExactly(new HistogramBin(1, 2, 1), new HistogramBin(2, 3, 1),
        new HistogramBin(3, 4, 0), new HistogramBin(4, 5, 2));
  }

  @Test
  void wideWholeNumberRangeGetsAtMostTwentyWholeBins() {
    Object[] values = new Object[101];
    for (int i = 0; i <= 100; i++) {
      values[i] = (long) i;
    }
    List<HistogramBin> bins = ColumnProfiler.profile(column(ColumnType.INTEGER, values), 0).histogram();
    // 101 values / 20 bins -> width ceil(5.05) = 6 -> ceil(101 / 6) = 17 bins from 0 to 102.
    assertThat(bins).hasSize(17);
    assertThat(bins.get(0)).isEqualTo(new HistogramBin(0, 6, 6));
    assertThat(bins.get(16)).isEqualTo(new HistogramBin(96, 102, 5));
    assertThat(bins.stream().mapToLong(HistogramBin::count).sum()).isEqualTo(101);
  }

  @Test
  void decimalsGetTwentyEqualBins() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.DECIMAL, 0.0, 1.0, 2.0, 10.0), 0);
    // mean 13 / 4 = 3.25; deviations -3.25, -2.25, -1.25, 6.75 -> squares sum 62.75; / 3; sqrt
    assertThat(p.mean()).isEqualTo(3.25);
    assertThat(p.stddev()).isCloseTo(Math.sqrt(62.75 / 3), within(1e-12));
    List<HistogramBin> bins = p.histogram();
    assertThat(bins).hasSize(20);
    // width 0.5: 0.0 in bin 0, 1.0 in bin 2, 2.0 in bin 4, 10.0 (the maximum) in the last bin.
    assertThat(bins.get(0)).isEqualTo(new HistogramBin(0.0, 0.5, 1));
    assertThat(bins.get(2).count()).isEqualTo(1);
    assertThat(bins.get(4).count()).isEqualTo(1);
    assertThat(bins.get(19)).isEqualTo(new HistogramBin(9.5, 10.0, 1));
    assertThat(bins.stream().mapToLong(HistogramBin::count).sum()).isEqualTo(4);
  }

  @Test
  void constantColumnHasOneBinAndZeroSpread() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.DECIMAL, 2.5, 2.5), 0);
    assertThat(p.stddev()).isZero();
    assertThat(p.histogram()).containsExactly(new HistogramBin(2.5, 2.5, 2));
  }

  @Test
  void aSingleValueHasNoSampleStandardDeviation() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.INTEGER, 7L, null), 0);
    assertThat(p.mean()).isEqualTo(7.0);
    assertThat(p.stddev()).isNull();
  }

  @Test
  void datesAsEpochDays() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.DATE,
        LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 3), null), 0);
    // 2020-01-01 is epoch day 18262.
    assertThat(p.min()).isEqualTo(18262.0);
    assertThat(p.max()).isEqualTo(18264.0);
    assertThat(p.mean()).isEqualTo(18263.0);
    assertThat(p.stddev()).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(p.histogram()).isEmpty();
    assertThat(p.topValues()).isEmpty();
  }

  @Test
  void timestampsAsEpochSeconds() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.TIMESTAMP,
        LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(1970, 1, 1, 0, 1)), 0);
    assertThat(p.min()).isZero();
    assertThat(p.max()).isEqualTo(60.0);
    assertThat(p.mean()).isEqualTo(30.0);
  }

  @Test
  void categoricalTopValuesMostFrequentFirstTiesByValue() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.CATEGORICAL,
        "b", "a", "b", null, "c", "a", "b", "d"), 0);
    assertThat(p.missing()).isEqualTo(1);
    assertThat(p.distinct()).isEqualTo(4);
    assertThat(p.topValues()).containsExactly(new ValueCount("b", 3), new ValueCount("a", 2),
        new ValueCount("c", 1), new ValueCount("d", 1));
    assertThat(p.min()).isNull();
    assertThat(p.mean()).isNull();
    assertThat(p.histogram()).isEmpty();
  }

  @Test
  void topValuesStopAtTen() {
    Object[] values = new Object[12];
    for (int i = 0; i < 12; i++) {
      values[i] = "v" + (char) ('a' + i);
    }
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.CATEGORICAL, values), 0);
    assertThat(p.distinct()).isEqualTo(12);
    assertThat(p.topValues()).hasSize(10).first().isEqualTo(new ValueCount("va", 1));
  }

  @Test
  void booleanTopValues() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.BOOLEAN, true, false, true, null), 0);
    assertThat(p.topValues()).containsExactly(new ValueCount("true", 2), new ValueCount("false", 1));
    assertThat(p.mean()).isNull();
  }

  @Test
  void columnWithOnlyMissingValues() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.CATEGORICAL, null, null), 0);
    assertThat(p.missing()).isEqualTo(2);
    assertThat(p.distinct()).isZero();
    assertThat(p.topValues()).isEmpty();
  }

  @Test
  void emptyNumericColumn() {
    ColumnProfile p = ColumnProfiler.profile(column(ColumnType.DECIMAL, (Object) null), 0);
    assertThat(p.min()).isNull();
    assertThat(p.histogram()).isEmpty();
  }

  @Test
  void profilesEveryColumnInOrder() {
    DataTable table = new DataTable(
        List.of(new ColumnSchema("n", ColumnType.INTEGER), new ColumnSchema("s", ColumnType.CATEGORICAL)),
        new Object[][] {{1L, 2L}, {"x", null}});
    assertThat(ColumnProfiler.profile(table)).extracting(ColumnProfile::name).containsExactly("n", "s");
  }

  @Test
  void valueCountsListEveryValueWithoutMissing() {
    Object[] values = new Object[15];
    for (int i = 0; i < 15; i++) {
      values[i] = i < 12 ? "c" + i : null;
    }
    DataTable table = new DataTable(List.of(new ColumnSchema("label", ColumnType.CATEGORICAL)),
        new Object[][] {values});
    assertThat(ColumnProfiler.valueCounts(table, "label")).hasSize(12);
  }

  @Test
  void valueCountsTieOrderIsNumericForNumbers() {
    DataTable table = column(ColumnType.INTEGER, 10L, 9L, 2L, 9L);
    assertThat(ColumnProfiler.valueCounts(table, "v")).containsExactly(new ValueCount("9", 2),
        new ValueCount("2", 1), new ValueCount("10", 1));
  }

  @Test
  void valueCountsOfAnUnknownColumn() {
    assertThatThrownBy(() -> ColumnProfiler.valueCounts(column(ColumnType.INTEGER, 1L), "nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
