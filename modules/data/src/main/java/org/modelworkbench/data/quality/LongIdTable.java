package org.modelworkbench.data.quality;

import java.util.Arrays;

/**
 * Gives each distinct 64-bit hash a dense id (0, 1, 2 ... in order of first appearance) and counts
 * how often each was added. An open-addressing table of primitives, so a million keys take about
 * 30 MB and no boxing.
 */
final class LongIdTable {
  private long[] keys;
  private int[] slotIds;
  private int[] counts;
  private int size;
  private int mask;

  /**
   * Creates an empty table.
   *
   * @param expected roughly how many distinct keys will be added; the table grows beyond it
   */
  LongIdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    keys = new long[capacity];
    slotIds = new int[capacity];
    counts = new int[Math.max(16, expected)];
    mask = capacity - 1;
  }

  /**
   * Adds one occurrence of a key.
   *
   * @param key the hash
   * @return the key's id
   */
  int add(long key) {
    int slot = slotOf(key);
    if (slotIds[slot] != 0) {
      int id = slotIds[slot] - 1;
      counts[id]++;
      return id;
    }
    int id = size++;
    keys[slot] = key;
    slotIds[slot] = id + 1;
    if (id == counts.length) {
      counts = Arrays.copyOf(counts, counts.length * 2);
    }
    counts[id] = 1;
    if (size * 2 > keys.length) {
      grow();
    }
    return id;
  }

  /**
   * The id of a key without adding it.
   *
   * @param key the hash
   * @return its id, or -1 when it was never added
   */
  int find(long key) {
    int slot = slotOf(key);
    return slotIds[slot] - 1;
  }

  /** How many distinct keys were added. */
  int size() {
    return size;
  }

  /** How often the key with this id was added. */
  int count(int id) {
    return counts[id];
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int slotOf(long key) {
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (slotIds[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = slotIds;
    keys = new long[oldKeys.length * 2];
    slotIds = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] != 0) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        slotIds[slot] = oldIds[i];
      }
    }
  }
}
