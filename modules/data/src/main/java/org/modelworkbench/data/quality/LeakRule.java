package org.modelworkbench.data.quality;

/**
 * When a single feature predicts a class target "almost perfectly": it labels at least
 * {@value #MIN_ACCURACY} of the rows correctly on its own, more than always guessing the most
 * frequent class does, and makes at most half as many mistakes as that guess. The last condition
 * keeps an honest feature from being flagged on a target that is already 97 % one class.
 */
final class LeakRule {
  /** Share of rows a feature must label correctly on its own. */
  static final double MIN_ACCURACY = 0.98;
  /** Fewest labelled rows for the rule to be applied at all. */
  static final int MIN_ROWS = 30;

  private LeakRule() {}

  /**
   * Whether a feature labelling {@code correct} of {@code rows} rows is a leak, given that the
   * most frequent class has {@code majority} rows.
   */
  static boolean isLeak(long correct, long rows, long majority) {
    if (rows < MIN_ROWS || correct <= majority) {
      return false;
    }
    long mistakes = rows - correct;
    long guessMistakes = rows - majority;
    return (double) correct / rows >= MIN_ACCURACY && mistakes * 2 <= guessMistakes;
  }
}
