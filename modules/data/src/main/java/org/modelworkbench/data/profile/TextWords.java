package org.modelworkbench.data.profile;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Simple word splitting for profiles and quality checks, not for models: a word is a run of
 * letters and digits (an apostrophe between letters stays inside: {@code don't}), lower-cased.
 * Common English words ({@link #isStopWord}) are left out of the most frequent words.
 */
public final class TextWords {
  // A short list on purpose: the words that would otherwise fill every "most frequent" list.
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
      "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "don't",
      "down", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
      "hers", "him", "his", "how", "i", "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "just",
      "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
      "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
      "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
      "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
      "whom", "why", "will", "with", "would", "you", "your", "yours");

  private TextWords() {}

  /** How many words a text has. */
  public static int count(String text) {
    int[] words = {0};
    forEach(text, false, w -> words[0]++);
    return words[0];
  }

  /** Whether a text has no word at all: blank, or only punctuation and symbols. */
  public static boolean isEmpty(String text) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Whether a lower-case word is one of the common English words left out of word counts. */
  public static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /**
   * Visits the words of a text in order.
   *
   * @param text the text
   * @param lowerCase whether to hand each word over in lower case (otherwise only counted, and
   *     the visitor gets null)
   * @param word receives each word
   */
  static void forEach(String text, boolean lowerCase, Consumer<String> word) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean inWord = Character.isLetterOrDigit(cp)
          || (start >= 0 && isApostrophe(cp) && next < n && Character.isLetter(text.codePointAt(next)));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        word.accept(lowerCase ? lower(text, start, i) : null);
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      word.accept(lowerCase ? lower(text, start, n) : null);
    }
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static String lower(String text, int from, int to) {
    return text.substring(from, to).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
