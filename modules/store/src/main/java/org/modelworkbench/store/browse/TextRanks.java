package org.modelworkbench.store.browse;

import java.util.Arrays;
import java.util.Locale;

/**
 * Ranks the entries of a text column's dictionary in the order the window sorts text: ignoring
 * case first ({@link String#toLowerCase(Locale) lower case} in {@link Locale#ROOT}, compared as
 * {@link String#compareTo} does), then by case, so "apple" comes before "Banana" and "Apple" before
 * "apple". Equal texts share a rank; ranks are dense (0, 1, 2 ...).
 *
 * <p>No comparator runs: the entries are ordered a few characters at a time, each step a
 * {@link LongRadixSort} of the next three characters packed into one {@code long}, and only the
 * entries still tied go on to the next three (a most-significant-first string radix sort). The
 * keys of the first {@value #PRECOMPUTED_STEPS} steps are computed in one pass over the entries in
 * dictionary order, so later steps read an array rather than a text scattered in memory. A million
 * near-unique texts take a few tenths of a second.
 */
final class TextRanks {
  private static final int CHARS_PER_KEY = 3;
  /** Each character takes 17 bits in a key: its value plus one, so 0 can mean "the text ended". */
  private static final int CHAR_BITS = 17;
  private static final long LAST_CHAR = (1L << CHAR_BITS) - 1;
  /** Steps whose keys are computed up front (nine characters, enough for most codes and names). */
  static final int PRECOMPUTED_STEPS = 3;
  private static final long[][] NOT_PRECOMPUTED = new long[0][];

  private TextRanks() {}

  /**
   * The rank of each entry.
   *
   * @param entries the dictionary, indexed by code
   * @return each code's rank in text order
   */
  static int[] of(String[] entries) {
    int n = entries.length;
    String[] folded = new String[n];
    long[][] firstKeys = new long[PRECOMPUTED_STEPS][n];
    int[] order = new int[n];
    for (int e = 0; e < n; e++) {
      folded[e] = entries[e].toLowerCase(Locale.ROOT);
      for (int step = 0; step < PRECOMPUTED_STEPS; step++) {
        firstKeys[step][e] = key(folded[e], step * CHARS_PER_KEY);
      }
      order[e] = e;
    }
    Sorting sorting = new Sorting(order);
    sorting.sort(folded, firstKeys, 0, n);
    firstKeys = null; // free before the next pass
    // Texts that differ only in case now sit side by side; order each such run by the texts as they are.
    boolean[] tied = sorting.tied;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && tied[j]) {
        j++;
      }
      if (j - i > 1) {
        sorting.sort(entries, NOT_PRECOMPUTED, i, j);
      }
      i = j;
    }
    int[] rank = new int[n];
    int current = -1;
    for (int i = 0; i < n; i++) {
      if (!tied[i]) {
        current++;
      }
      rank[order[i]] = current;
    }
    return rank;
  }

  /** Characters {@code [depth, depth + 3)} of a text, each plus one and 0 past its end, in one key. */
  private static long key(String text, int depth) {
    long key = 0;
    int length = text.length();
    for (int i = depth; i < depth + CHARS_PER_KEY; i++) {
      key = key << CHAR_BITS | (i < length ? text.charAt(i) + 1L : 0L);
    }
    return key;
  }

  /**
   * Orders entry indexes by texts in place, and marks each position whose text equals the one
   * before it. Reuses its scratch arrays and its stack of ranges still to order (from, to and
   * depth, three ints each).
   */
  private static final class Sorting {
    private final int[] order;
    private final long[] keys;
    private final boolean[] tied;
    private final LongRadixSort sorter = new LongRadixSort();
    private int[] pending = new int[48];
    private int size;

    /** @param order the entry indexes to reorder in place */
    Sorting(int[] order) {
      this.order = order;
      this.keys = new long[order.length];
      this.tied = new boolean[order.length];
    }

    /**
     * Sorts {@code order[from, to)} by {@code texts[order[i]]} as {@link String#compareTo} orders
     * them, and sets {@code tied[i]} there when text {@code i} equals text {@code i - 1} of the range.
     *
     * @param firstKeys the keys of the first steps by entry, if computed up front (may be fewer)
     */
    void sort(String[] texts, long[][] firstKeys, int from, int to) {
      Arrays.fill(tied, from, to, false);
      push(from, to, 0);
      while (size > 0) {
        int depth = pending[--size];
        int hi = pending[--size];
        int lo = pending[--size];
        int step = depth / CHARS_PER_KEY;
        if (step < firstKeys.length) {
          long[] known = firstKeys[step];
          for (int i = lo; i < hi; i++) {
            keys[i] = known[order[i]];
          }
        } else {
          for (int i = lo; i < hi; i++) {
            keys[i] = key(texts[order[i]], depth);
          }
        }
        sorter.sort(keys, order, lo, hi);
        for (int i = lo; i < hi; ) {
          int j = i + 1;
          while (j < hi && keys[j] == keys[i]) {
            j++;
          }
          if (j - i > 1) {
            if ((keys[i] & LAST_CHAR) != 0) {
              push(i, j, depth + CHARS_PER_KEY);
            } else {
              // The texts ended inside this key, all alike: a run of equal texts.
              Arrays.fill(tied, i + 1, j, true);
            }
          }
          i = j;
        }
      }
    }

    private void push(int from, int to, int depth) {
      if (size + 3 > pending.length) {
        pending = Arrays.copyOf(pending, pending.length * 2);
      }
      pending[size++] = from;
      pending[size++] = to;
      pending[size++] = depth;
    }
  }
}
