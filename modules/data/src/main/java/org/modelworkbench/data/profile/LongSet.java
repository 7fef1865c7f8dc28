package org.modelworkbench.data.profile;

/**
 * A set of longs in one open-addressing array, for distinct counts without boxing. It stops
 * taking new values once it holds {@code cap} of them, so its memory stays bounded.
 */
final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;

  private final int cap;
  private long[] slots = new long[1024];
  private boolean hasEmptyMarker;
  private int size;

  /** Creates a set that holds at most {@code cap} values. */
  LongSet(int cap) {
    this.cap = cap;
    java.util.Arrays.fill(slots, EMPTY);
  }

  /** Adds a value unless the set is full. */
  void add(long value) {
    if (size >= cap) {
      return;
    }
    if (value == EMPTY) {
      if (!hasEmptyMarker) {
        hasEmptyMarker = true;
        size++;
      }
      return;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    if (insert(slots, value)) {
      size++;
    }
  }

  /** How many distinct values were added, at most the cap. */
  int size() {
    return size;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = mix(value) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    java.util.Arrays.fill(bigger, EMPTY);
    for (long v : slots) {
      if (v != EMPTY) {
        insert(bigger, v);
      }
    }
    slots = bigger;
  }

  private static int mix(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
