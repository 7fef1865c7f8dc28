package org.modelworkbench.data.csv;

/**
 * Shares one String instance per distinct text of a column, looked up straight from the line's
 * characters ({@code line[from, to)}), so a repeated category costs no new string and the storage,
 * which keeps a dictionary of the texts, finds it by its cached hash and by identity instead of
 * hashing and comparing a fresh copy per row. Learning stops at {@value #MAX_DISTINCT} texts or
 * {@value #MAX_CHARS} characters, so an ID-like column keeps bounded memory; later new texts are
 * handed out as plain copies.
 *
 * <p>Profiled on the million-row benchmark, the dictionary lookups of fresh copies were the largest
 * cost of the import thread; doing the lookup here, where the copy used to be made, balances the
 * two threads of the import.
 */
final class RangeInterner {
  static final int MAX_DISTINCT = 1 << 16;
  static final long MAX_CHARS = 2L << 20;

  private String[] slots = new String[256];
  private int[] hashes = new int[256];
  private int size;
  private long chars;

  /** The shared instance equal to {@code line[from, to)}, or a new copy once the interner is full. */
  String intern(String line, int from, int to) {
    int length = to - from;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + line.charAt(i);
    }
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    String known;
    while ((known = slots[i]) != null) {
      if (hashes[i] == h && known.length() == length && line.regionMatches(from, known, 0, length)) {
        return known;
      }
      i = (i + 1) & mask;
    }
    String made = from == 0 && to == line.length() ? line : line.substring(from, to);
    if (size < MAX_DISTINCT && chars + length <= MAX_CHARS) {
      slots[i] = made;
      hashes[i] = h;
      chars += length;
      if (++size * 2 > slots.length) {
        grow();
      }
    }
    return made;
  }

  private void grow() {
    String[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new String[oldSlots.length * 2];
    hashes = new int[slots.length];
    int mask = slots.length - 1;
    for (int k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] != null) {
        int i = mix(oldHashes[k]) & mask;
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[k];
        hashes[i] = oldHashes[k];
      }
    }
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
