package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one text into the terms TF-IDF counts: word n-grams and character n-grams within words.
 * The rules follow scikit-learn's TfidfVectorizer ({@code token_pattern} and {@code char_wb}), so
 * our features mean what a Python user expects.
 */
final class Ngrams {
  /**
   * Texts are read up to this many characters: a runaway value (a pasted log file) cannot take
   * unbounded time or memory, and no classifier needs more than its first pages.
   */
  static final int MAX_TEXT_CHARS = 100_000;
  /**
   * Longer word tokens are hashes, URLs or base64, never useful word features; they are skipped.
   * Character n-grams still read them: in Chinese or Japanese a whole sentence is one "word".
   */
  static final int MAX_WORD_CHARS = 64;

  // scikit-learn's default token pattern: two or more word characters, Unicode-aware.
  private static final Pattern WORD = Pattern.compile("(?U)\\b\\w\\w+\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Ngrams() {}

  /** The text as the featuriser reads it: cut to its first characters and lower-cased if asked. */
  static String prepare(String text, boolean lowercase) {
    if (text == null) {
      return "";
    }
    String cut = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    return lowercase ? cut.toLowerCase(Locale.ROOT) : cut;
  }

  /** Sends every word n-gram of a prepared text, words joined by one space. */
  static void words(String text, int min, int max, Consumer<String> out) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() <= MAX_WORD_CHARS) {
        tokens.add(m.group());
      }
    }
    for (int n = min; n <= max; n++) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        out.accept(n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n)));
      }
    }
  }

  /**
   * Sends every character n-gram inside the words of a prepared text, each word padded with one
   * space either side. A padded word no longer than n gives itself once, and no longer n-grams, as
   * in scikit-learn.
   * Characters are Unicode code points, so no n-gram splits a surrogate pair.
   */
  static void charsWithinWords(String text, int min, int max, Consumer<String> out) {
    for (String word : SPACES.split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      int[] cps = (" " + word + " ").codePoints().toArray();
      for (int n = min; n <= max; n++) {
        if (cps.length <= n) {
          out.accept(new String(cps, 0, cps.length));
          break; // longer n would give the same whole word again
        }
        for (int start = 0; start + n <= cps.length; start++) {
          out.accept(new String(cps, start, n));
        }
      }
    }
  }
}
