package org.modelworkbench.data.quality;

import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * How well whether a feature's cell is empty or filled predicts the target: the empty rows predict
 * their most frequent class and the filled rows theirs.
 *
 * @param empty rows where the feature is empty
 * @param filled rows where it is filled
 * @param correct rows labelled correctly that way
 * @param filledClass the most frequent class among the filled rows (-1 when there are none)
 */
record MissingPattern(long empty, long filled, long correct, int filledClass) {

  /** Measures the pattern of one feature over the given labelled rows. */
  static MissingPattern of(PrimitiveColumn column, Labels labels, int[] rows) {
    int classes = labels.classCount();
    int[] emptyCounts = new int[classes];
    int[] filledCounts = new int[classes];
    long empty = 0;
    for (int row : rows) {
      if (column.missing(row)) {
        emptyCounts[labels.code(row)]++;
        empty++;
      } else {
        filledCounts[labels.code(row)]++;
      }
    }
    int emptyBest = argMax(emptyCounts);
    int filledBest = argMax(filledCounts);
    long correct = (emptyBest < 0 ? 0 : emptyCounts[emptyBest]) + (filledBest < 0 ? 0 : filledCounts[filledBest]);
    return new MissingPattern(empty, rows.length - empty, correct, filledBest);
  }

  /** Whether some rows are empty and some filled. */
  boolean hasBothSides() {
    return empty > 0 && filled > 0;
  }

  private static int argMax(int[] counts) {
    int best = -1;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) {
        best = c;
      }
    }
    return best;
  }
}
