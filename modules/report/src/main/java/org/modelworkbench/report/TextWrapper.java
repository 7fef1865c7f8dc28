package org.modelworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines no wider than a limit: at spaces where possible, inside a word only when
 * the word alone is too wide (long file paths, hashes, names without spaces).
 */
final class TextWrapper {
  private TextWrapper() {}

  /**
   * Wraps the text.
   *
   * @param text the text, single-line (control characters already replaced)
   * @param width measures a piece of text in the same unit as {@code maxWidth}
   * @param maxWidth the widest a line may be
   * @return at least one line (an empty string for empty text)
   */
  static List<String> wrap(String text, ToDoubleFunction<String> width, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width.applyAsDouble(candidate) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // The word starts a new line; if it is still too wide, split it by characters.
      String rest = word;
      while (width.applyAsDouble(rest) > maxWidth) {
        int cut = longestFittingPrefix(rest, width, maxWidth);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int longestFittingPrefix(String word, ToDoubleFunction<String> width, double maxWidth) {
    // At least one character per line, so a too-narrow column still makes progress.
    int end = 1;
    while (end < word.length() && width.applyAsDouble(word.substring(0, end + 1)) <= maxWidth) {
      end++;
    }
    if (end < word.length() && Character.isLowSurrogate(word.charAt(end))) {
      end++; // never split a surrogate pair
    }
    return end;
  }
}
