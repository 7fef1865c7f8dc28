package org.modelworkbench.data.profile;

/**
 * A set of longs in one open-addressing array, for distinct counts without boxing. It stops
 * taking new values once it holds {@code cap} of them, so its memory stays bounded.
 *
 * <p>Values near the first one (whole numbers such as counts, ages or epoch days) go to a bitmap
 * instead: one bit test per value, no hashing or probing, which the import profile showed to be a
 * large share of gathering a column's statistics.
 */
final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;
  // The bitmap covers this many values around the first value added (32 KB of bits).
  private static final int WINDOW_BITS = 1 << 18;

  private final int cap;
  private long[] slots = new long[1024];
  private boolean hasEmptyMarker;
  private int size;
  private long[] window;
  private long windowStart;
  private long windowEnd;

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
    if (window == null) {
      window = new long[WINDOW_BITS / Long.SIZE];
      // Clamped so that neither end overflows.
      windowStart = Math.min(Math.max(value, Long.MIN_VALUE + WINDOW_BITS / 2) - WINDOW_BITS / 2,
          Long.MAX_VALUE - WINDOW_BITS);
      windowEnd = windowStart + WINDOW_BITS;
    }
    if (value >= windowStart && value < windowEnd) {
      long offset = value - windowStart;
      int word = (int) (offset >>> 6);
      long bit = 1L << offset;
      if ((window[word] & bit) == 0) {
        window[word] |= bit;
        size++;
      }
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
