package org.modelworkbench.ml.text.tfidf;

/**
 * A feature vector that stores only its non-zero entries, by increasing index. Arrays are shared,
 * not copied: treat them as read-only.
 *
 * @param indices the positions of the non-zero entries, strictly increasing
 * @param values the entries, one per index
 */
public record SparseVector(int[] indices, float[] values) {
  /**
   * Checks that the arrays match.
   *
   * @throws IllegalArgumentException when their lengths differ
   */
  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException(indices.length + " indices but " + values.length + " values");
    }
  }

  /** The number of non-zero entries. */
  public int size() {
    return indices.length;
  }
}
