package org.modelworkbench.data.profile;

import java.util.Arrays;

/**
 * Counts per {@code long} key in one open-addressing table, without boxing: the exact duplicate
 * texts of a million-row column, keyed by a 64-bit hash of each text, in about 32 MB.
 */
final class LongCounter {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys = new long[1024];
  private long[] counts = new long[1024];
  private long emptyKeyCount;
  private int size;

  LongCounter() {
    Arrays.fill(keys, EMPTY);
  }

  /** Adds to a key's count. */
  void add(long key, long count) {
    if (key == EMPTY) {
      if (emptyKeyCount == 0) {
        size++;
      }
      emptyKeyCount += count;
      return;
    }
    if ((size + 1) * 2L > keys.length) {
      grow();
    }
    int slot = slot(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    counts[slot] += count;
  }

  /** How many different keys were added. */
  int size() {
    return size;
  }

  /** Visits every count. */
  void forEachCount(java.util.function.LongConsumer visitor) {
    if (emptyKeyCount > 0) {
      visitor.accept(emptyKeyCount);
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        visitor.accept(counts[i]);
      }
    }
  }

  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int i = (int) (mix(key) & mask);
    while (table[i] != EMPTY && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return h ^ (h >>> 31);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
