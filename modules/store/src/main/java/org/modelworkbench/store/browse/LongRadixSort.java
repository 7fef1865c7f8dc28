package org.modelworkbench.store.browse;

import java.util.Arrays;

/**
 * A stable sort of {@code long} keys that carries an {@code int} along with each key (a row or an
 * entry index), on primitive arrays only: a least-significant-digit radix sort by bytes that skips
 * every byte all keys share, so narrow keys (dates, ranks, yes/no) take two or three passes. Short
 * ranges are sorted by insertion instead.
 */
final class LongRadixSort {
  /** Ranges up to this long are sorted by insertion: a radix pass costs a 256-slot count first. */
  private static final int INSERTION_MAX = 48;
  private static final int RADIX = 256;
  private static final int DIGITS = Long.BYTES;

  private final int[][] counts = new int[DIGITS][RADIX];
  private final int[] next = new int[RADIX];
  private long[] keyBuffer = new long[0];
  private int[] valueBuffer = new int[0];

  /**
   * Sorts {@code keys[from, to)} ascending as signed numbers and moves {@code values[from, to)}
   * with them; equal keys keep their order. Reuses this sorter's scratch arrays between calls.
   */
  void sort(long[] keys, int[] values, int from, int to) {
    int n = to - from;
    if (n <= INSERTION_MAX) {
      insertionSort(keys, values, from, to);
      return;
    }
    for (int[] count : counts) {
      Arrays.fill(count, 0);
    }
    for (int i = from; i < to; i++) {
      // The sign bit flipped makes signed order the unsigned order of the bytes.
      long k = keys[i] ^ Long.MIN_VALUE;
      for (int d = 0; d < DIGITS; d++) {
        counts[d][(int) (k >>> (d * 8)) & 0xFF]++;
      }
    }
    if (keyBuffer.length < n) {
      keyBuffer = new long[n];
      valueBuffer = new int[n];
    }
    long[] fromKeys = keys;
    int[] fromValues = values;
    int fromStart = from;
    long[] toKeys = keyBuffer;
    int[] toValues = valueBuffer;
    int toStart = 0;
    for (int d = 0; d < DIGITS; d++) {
      int[] count = counts[d];
      if (count[(int) ((fromKeys[fromStart] ^ Long.MIN_VALUE) >>> (d * 8)) & 0xFF] == n) {
        continue; // every key has this byte: the pass would change nothing
      }
      for (int b = 0, sum = toStart; b < RADIX; b++) {
        next[b] = sum;
        sum += count[b];
      }
      int shift = d * 8;
      for (int i = fromStart, end = fromStart + n; i < end; i++) {
        long k = fromKeys[i];
        int slot = next[(int) ((k ^ Long.MIN_VALUE) >>> shift) & 0xFF]++;
        toKeys[slot] = k;
        toValues[slot] = fromValues[i];
      }
      long[] swapKeys = fromKeys;
      int[] swapValues = fromValues;
      int swapStart = fromStart;
      fromKeys = toKeys;
      fromValues = toValues;
      fromStart = toStart;
      toKeys = swapKeys;
      toValues = swapValues;
      toStart = swapStart;
    }
    if (fromKeys != keys) {
      System.arraycopy(fromKeys, fromStart, keys, from, n);
      System.arraycopy(fromValues, fromStart, values, from, n);
    }
  }

  private static void insertionSort(long[] keys, int[] values, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long k = keys[i];
      int v = values[i];
      int j = i - 1;
      while (j >= from && keys[j] > k) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }
}
