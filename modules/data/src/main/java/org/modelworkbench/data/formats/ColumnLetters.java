package org.modelworkbench.data.formats;

/** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
final class ColumnLetters {
  private ColumnLetters() {}

  /** The letters of a 0-based column index. */
  static String of(int index) {
    StringBuilder sb = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }
}
