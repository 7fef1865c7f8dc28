package org.modelworkbench.data.split;

import java.util.Arrays;

/** A growable list of ints, to avoid boxing every row index. */
final class IntList {
  private int[] items = new int[16];
  private int size;

  /** Appends a value. */
  void add(int value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = value;
  }

  /** A copy of the values in insertion order. */
  int[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** A copy of the values sorted ascending. */
  int[] sorted() {
    int[] copy = toArray();
    Arrays.sort(copy);
    return copy;
  }
}
