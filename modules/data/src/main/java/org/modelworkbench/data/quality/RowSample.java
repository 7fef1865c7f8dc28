package org.modelworkbench.data.quality;

import java.util.SplittableRandom;

/**
 * A fixed-seed random subset of row indexes, for checks whose answer is an estimate anyway. The
 * same rows always give the same sample, so a check's result does not change from run to run.
 */
final class RowSample {
  /** Most rows the target checks look at. */
  static final int LIMIT = 250_000;
  private static final long SEED = 0x5EED_2025L;

  private RowSample() {}

  /**
   * At most {@code limit} of the rows, chosen at random without repeats and kept in order.
   *
   * @param rows row indexes
   * @param limit the most to keep
   * @return the rows themselves when there are no more than the limit, else a sample
   */
  static int[] of(int[] rows, int limit) {
    if (rows.length <= limit) {
      return rows;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int[] sample = new int[limit];
    int needed = limit;
    int taken = 0;
    for (int i = 0; i < rows.length && needed > 0; i++) {
      int remaining = rows.length - i;
      if (random.nextInt(remaining) < needed) {
        sample[taken++] = rows[i];
        needed--;
      }
    }
    return sample;
  }
}
