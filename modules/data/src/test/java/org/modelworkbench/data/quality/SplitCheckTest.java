package org.modelworkbench.data.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.modelworkbench.model.ColumnType.CATEGORICAL;
import static org.modelworkbench.model.ColumnType.INTEGER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityFinding.Severity;

/** Test rows that repeat a training or validation row. */
class SplitCheckTest {
  /** Rows 0 and 4 are equal in a and b; rows 1 and 5 differ only in the label. */
  private static final DataTable TABLE = Tables.with()
      .column("a", INTEGER, 1L, 2L, 3L, 4L, 1L, 2L, 7L, 8L)
      .column("b", CATEGORICAL, "x", "y", "z", "w", "x", "y", "v", "u")
      .column("label", CATEGORICAL, "no", "no", "yes", "yes", "no", "yes", "no", "yes")
      .build();

  private static DataSplit split(int[] train, int[] validation, int[] test) {
    return new DataSplit(train, validation, test, 7L, false);
  }

  @Test
  void testRowsRepeatingTrainingRowsAreCounted() {
    DataSplit split = split(new int[] {0, 1, 2, 3}, new int[] {}, new int[] {4, 5, 6, 7});
    QualityFinding overlap = Findings.one(QualityChecker.checkSplit(TABLE, split, List.of("a", "b")),
        QualityCodes.SPLIT_OVERLAP, null);
    assertThat(overlap.severity()).isEqualTo(Severity.WARNING);
    assertThat(overlap.count()).isEqualTo(2);
    assertThat(overlap.message()).startsWith("2 of the 4 test rows (50.0 %) have the same feature values as a"
        + " training or validation row");
  }

  @Test
  void onlyTheFeatureColumnsAreCompared() {
    DataSplit split = split(new int[] {0, 1, 2, 3}, new int[] {}, new int[] {4, 5, 6, 7});
    // With the label as a feature too, row 5 no longer matches row 1.
    assertThat(Findings.one(QualityChecker.checkSplit(TABLE, split, List.of("a", "b", "label")),
        QualityCodes.SPLIT_OVERLAP, null).count()).isEqualTo(1);
  }

  @Test
  void validationRowsCountAsSeen() {
    DataSplit split = split(new int[] {2, 3}, new int[] {0}, new int[] {4, 6, 7});
    assertThat(Findings.one(QualityChecker.checkSplit(TABLE, split, List.of("a", "b")),
        QualityCodes.SPLIT_OVERLAP, null).count()).isEqualTo(1);
  }

  @Test
  void aCleanSplitHasNoFindings() {
    DataSplit split = split(new int[] {0, 1, 2}, new int[] {3}, new int[] {6, 7});
    assertThat(QualityChecker.checkSplit(TABLE, split, List.of("a", "b")).findings()).isEmpty();
    assertThat(QualityChecker.checkSplit(TABLE, split, List.of()).findings()).isEmpty();
  }

  @Test
  void unknownColumnsAndRowsAreRefused() {
    DataSplit split = split(new int[] {0}, new int[] {}, new int[] {1});
    assertThatThrownBy(() -> QualityChecker.checkSplit(TABLE, split, List.of("nope")))
        .isInstanceOf(IllegalArgumentException.class);
    DataSplit outside = split(new int[] {0}, new int[] {}, new int[] {99});
    assertThatThrownBy(() -> QualityChecker.checkSplit(TABLE, outside, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
  }
}
