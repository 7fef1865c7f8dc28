package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.model.ColumnType.CATEGORICAL;
import static org.modelworkbench.model.ColumnType.DECIMAL;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DataTable;

/** The single-cut accuracy, value purity, row sampling and message wording, worked out by hand. */
class SplitAndSampleTest {
  @Test
  void bestCutCountsBothSidesAndEmptyCells() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, null, null)
        .column("y", CATEGORICAL, "a", "a", "b", "a", "b", "b", "a", "b")
        .build();
    Labels labels = Labels.of(table, 1);
    int[] rows = IntStream.range(0, 8).toArray();
    // Cut after 2: left a, a (2 right); right b, a, b, b (3 right); empty a, b (1 right) -> 6.
    assertThat(ThresholdAccuracy.correct(org.modelworkbench.model.PrimitiveColumn.of(table, 0), labels, rows)).isEqualTo(6);
  }

  @Test
  void tiedValuesStayOnOneSideOfTheCut() {
    DataTable table = Tables.with()
        .column("x", DECIMAL, 1.0, 1.0, 1.0, 1.0)
        .column("y", CATEGORICAL, "a", "b", "a", "b")
        .build();
    assertThat(ThresholdAccuracy.correct(org.modelworkbench.model.PrimitiveColumn.of(table, 0), Labels.of(table, 1), new int[] {0, 1, 2, 3})).isEqualTo(2);
  }

  @Test
  void purityPoolsRareValues() {
    Object[] x = new Object[12];
    Object[] y = new Object[12];
    for (int i = 0; i < 12; i++) {
      x[i] = i < 6 ? "common" : "rare" + i;
      y[i] = i < 5 || i % 2 == 0 ? "a" : "b";
    }
    DataTable table = Tables.with().column("x", CATEGORICAL, x).column("y", CATEGORICAL, y).build();
    // "common": a x5, b x1 -> 5 right; the six rare values pooled: a, b, a, b, a, b -> 3 right.
    assertThat(ValuePurity.correct(org.modelworkbench.model.PrimitiveColumn.of(table, 0), Labels.of(table, 1), IntStream.range(0, 12).toArray())).isEqualTo(8);
    // With only the rare rows, most rows are rare: purity means nothing.
    assertThat(ValuePurity.correct(org.modelworkbench.model.PrimitiveColumn.of(table, 0), Labels.of(table, 1), IntStream.range(6, 12).toArray())).isEqualTo(-1);
  }

  @Test
  void samplesAreOrderedDistinctAndRepeatable() {
    int[] rows = IntStream.range(0, 10_000).toArray();
    int[] sample = RowSample.of(rows, 1_000);
    assertThat(sample).hasSize(1_000).isSorted().doesNotHaveDuplicates();
    assertThat(RowSample.of(rows, 1_000)).isEqualTo(sample);
    assertThat(RowSample.of(rows, 20_000)).isSameAs(rows);
  }

  @Test
  void wordingIsPlain() {
    assertThat(Wording.count(1234567)).isEqualTo("1,234,567");
    assertThat(Wording.rows(1)).isEqualTo("1 row");
    assertThat(Wording.rows(2)).isEqualTo("2 rows");
    assertThat(Wording.percent(0.09)).isEqualTo("9.0 %");
    assertThat(Wording.percent(1, 3)).isEqualTo("33.3 %");
    assertThat(Wording.value(999999.0)).isEqualTo("'999999'");
    assertThat(Wording.value(0.5)).isEqualTo("'0.5'");
    assertThat(Wording.value("x".repeat(50))).hasSize(42).endsWith("...'");
    assertThat(Wording.sampleNote(10, 10)).isEmpty();
    assertThat(Wording.sampleNote(250_000, 1_000_000)).isEqualTo(" (estimated from a sample of 250,000 rows)");
  }
}
