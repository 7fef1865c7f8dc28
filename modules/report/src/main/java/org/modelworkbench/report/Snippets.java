package org.modelworkbench.report;

/**
 * Shortens a text for a report cell: one line (line breaks and runs of spaces become one space),
 * cut after at most a number of characters at a word boundary when one is near, with "…". A
 * ticket of several pages thus takes a few lines in print, never a page.
 */
final class Snippets {
  private Snippets() {}

  /**
   * The text shortened.
   *
   * @param text the raw text
   * @param max the most characters kept before the ellipsis
   */
  static String cut(String text, int max) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    int end = line.offsetByCodePoints(0, max);
    int space = line.lastIndexOf(' ', end);
    // Cut at the last space when it keeps most of the text; a long word (a URL) is cut inside.
    if (space > end * 3 / 4) {
      end = space;
    }
    return line.substring(0, end).stripTrailing() + "\u2026";
  }
}
