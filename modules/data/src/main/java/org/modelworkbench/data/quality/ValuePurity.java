package org.modelworkbench.data.quality;

import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.PrimitiveColumn;

/**
 * How many rows a feature's values alone would label correctly: each value (an empty cell counts as
 * a value) predicts the most frequent class among its rows. Values seen in fewer than
 * {@value #MIN_GROUP_ROWS} rows are pooled into one group, so a column that is different in every
 * row (an ID) does not look predictive just because each of its values is seen once.
 */
final class ValuePurity {
  /** Fewest rows a value needs to count as a group of its own. */
  static final int MIN_GROUP_ROWS = 5;
  /** Largest table of groups times classes worth counting. */
  private static final long MAX_CELLS = 5_000_000L;

  private ValuePurity() {}

  /**
   * Rows labelled correctly by the feature's values.
   *
   * @param table the table
   * @param column the feature column
   * @param labels the coded target
   * @param rows the labelled rows to look at
   * @return the count, or -1 when most rows hold rare values and purity would mean nothing
   */
  static long correct(PrimitiveColumn column, Labels labels, int[] rows) {
    LongIdTable values = new LongIdTable(Math.min(rows.length, 1 << 16));
    int[] idOfRow = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      idOfRow[i] = values.add(ValueHash.of(column.value(rows[i])));
    }
    int[] groupOfId = new int[values.size()];
    int groups = 0;
    long pooledRows = 0;
    for (int id = 0; id < groupOfId.length; id++) {
      if (values.count(id) >= MIN_GROUP_ROWS) {
        groupOfId[id] = groups++;
      } else {
        groupOfId[id] = -1;
        pooledRows += values.count(id);
      }
    }
    int classes = labels.classCount();
    if (pooledRows * 2 > rows.length || (long) (groups + 1) * classes > MAX_CELLS) {
      return -1;
    }
    int[] counts = new int[(groups + 1) * classes];
    for (int i = 0; i < rows.length; i++) {
      int group = groupOfId[idOfRow[i]];
      counts[(group < 0 ? groups : group) * classes + labels.code(rows[i])]++;
    }
    long correct = 0;
    for (int g = 0; g <= groups; g++) {
      int best = 0;
      for (int c = 0; c < classes; c++) {
        best = Math.max(best, counts[g * classes + c]);
      }
      correct += best;
    }
    return correct;
  }
}
