package org.modelworkbench.store.columnar;

/**
 * The dictionary codes of a column's remembered texts: an open-addressing map from String to int
 * without boxed codes or entry objects. A text handed in as the same instance as the one
 * remembered (the importer shares equal texts) is found by its cached hash and by identity.
 */
final class TextCodes {
  private String[] keys = new String[256];
  private int[] codes = new int[256];
  private int size;

  /** The code of a text, or -1 when it is not remembered. */
  int get(String text) {
    String[] k = keys;
    int mask = k.length - 1;
    int i = mix(text.hashCode()) & mask;
    String known;
    while ((known = k[i]) != null) {
      if (known == text || known.equals(text)) {
        return codes[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Remembers a text that is not remembered yet. */
  void put(String text, int code) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    insert(keys, codes, text, code);
    size++;
  }

  /** How many texts are remembered. */
  int size() {
    return size;
  }

  private static void insert(String[] keys, int[] codes, String text, int code) {
    int mask = keys.length - 1;
    int i = mix(text.hashCode()) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = text;
    codes[i] = code;
  }

  private void grow() {
    String[] biggerKeys = new String[keys.length * 2];
    int[] biggerCodes = new int[biggerKeys.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        insert(biggerKeys, biggerCodes, keys[i], codes[i]);
      }
    }
    keys = biggerKeys;
    codes = biggerCodes;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
