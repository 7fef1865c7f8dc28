package org.modelworkbench.ml.text.tfidf;

import java.util.Arrays;

/**
 * A growable list of the feature positions that one text produced. Sorting it and counting runs
 * gives (position, count) pairs already in index order: cheaper than a hash map per text.
 */
final class IntBag {
  private int[] items = new int[256];
  private int size;

  /** Empties the bag, keeping its storage for the next text. */
  void clear() {
    size = 0;
  }

  /** Adds a position. */
  void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  /** The positions added since the last {@link #clear()}, sorted, repeats kept. */
  int[] sorted() {
    int[] copy = Arrays.copyOf(items, size);
    Arrays.sort(copy);
    return copy;
  }
}
