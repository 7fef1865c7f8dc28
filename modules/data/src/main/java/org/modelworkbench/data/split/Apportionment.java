package org.modelworkbench.data.split;

/**
 * Shares a whole number of rows among groups as close to their ideal real-valued shares as
 * possible, within a lower and upper bound per group.
 *
 * <p>It starts from the rounded-down ideal shares and hands out the remaining rows one at a time
 * to the group furthest below its ideal (the largest-remainder method), or takes rows back from
 * the group furthest above it; ties go to the earlier group, so the result is deterministic.
 */
final class Apportionment {
  private Apportionment() {}

  /**
   * Shares the rows.
   *
   * @param ideal each group's ideal share
   * @param minimum each group's least share
   * @param maximum each group's largest share (at least its minimum)
   * @param total the rows to share; when the bounds do not allow it, the nearest reachable total
   * @return each group's share
   */
  static int[] apportion(double[] ideal, int[] minimum, int[] maximum, int total) {
    int groups = ideal.length;
    int[] share = new int[groups];
    int sum = 0;
    for (int g = 0; g < groups; g++) {
      share[g] = Math.max(minimum[g], Math.min(maximum[g], (int) Math.floor(ideal[g])));
      sum += share[g];
    }
    while (sum < total) {
      int g = furthest(ideal, share, maximum, true);
      if (g < 0) {
        break;
      }
      share[g]++;
      sum++;
    }
    while (sum > total) {
      int g = furthest(ideal, share, minimum, false);
      if (g < 0) {
        break;
      }
      share[g]--;
      sum--;
    }
    return share;
  }

  /** The group furthest below (or above) its ideal that can still grow (or shrink); -1 if none. */
  private static int furthest(double[] ideal, int[] share, int[] bound, boolean grow) {
    int best = -1;
    double bestGap = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < ideal.length; g++) {
      boolean movable = grow ? share[g] < bound[g] : share[g] > bound[g];
      double gap = grow ? ideal[g] - share[g] : share[g] - ideal[g];
      if (movable && gap > bestGap) {
        best = g;
        bestGap = gap;
      }
    }
    return best;
  }
}
