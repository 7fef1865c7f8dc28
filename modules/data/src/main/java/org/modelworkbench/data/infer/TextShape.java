package org.modelworkbench.data.infer;

import java.util.HashSet;
import java.util.Set;

/**
 * Watches the values of a column of strings and says whether they are free text (tickets,
 * reviews, tweets) rather than categories (cities, products, classes): on average at least
 * {@value #MIN_MEAN_CHARACTERS} characters and {@value #MIN_MEAN_WORDS} words long, with a space in
 * at least {@value #MIN_SPACED_SHARE} of them, and at least {@value #MIN_DISTINCT_SHARE} of them
 * different from each other.
 *
 * <p>The thresholds were picked so that a tweet-length column (about 8 words and 45 characters at
 * its shortest) passes, and a city ("New York", about 10 characters), product ("Stainless Steel
 * Water Bottle" repeated over orders) or category column fails: those are short, or repeat.
 * Distinctness is judged on the first {@value #DISTINCT_SAMPLE} values, so memory stays bounded.
 */
public final class TextShape {
  /** The shortest average length in characters of a text column. */
  static final int MIN_MEAN_CHARACTERS = 30;
  /** The fewest average words of a text column. */
  static final int MIN_MEAN_WORDS = 5;
  /** The least share of values with a space in them. */
  static final double MIN_SPACED_SHARE = 0.6;
  /** The least share of different values. */
  static final double MIN_DISTINCT_SHARE = 0.5;
  /** The fewest values a column needs before it can be called text. */
  static final int MIN_VALUES = 5;
  /** How many first values distinctness is judged on. */
  static final int DISTINCT_SAMPLE = 50_000;

  private final Set<String> distinct = new HashSet<>();
  private long values;
  private long sampled;
  private long characters;
  private long words;
  private long spaced;
  // Set once the first DISTINCT_SAMPLE values repeat too much: the column cannot be text whatever
  // follows, so later values are only counted (the import profile showed the word counts of
  // category columns to be a visible share of the import thread's work).
  private boolean decidedNotText;

  /** Takes one non-missing value into account. */
  public void accept(String value) {
    values++;
    if (decidedNotText) {
      return;
    }
    characters += value.length();
    int w = wordCount(value);
    words += w;
    if (w > 1) {
      spaced++;
    }
    if (sampled < DISTINCT_SAMPLE) {
      sampled++;
      distinct.add(value);
      if (sampled == DISTINCT_SAMPLE && (double) distinct.size() / sampled < MIN_DISTINCT_SHARE) {
        decidedNotText = true;
        distinct.clear();
      }
    }
  }

  /** How many values were seen. */
  public long valueCount() {
    return values;
  }

  /** Whether the values seen look like free text. */
  public boolean looksLikeText() {
    if (values < MIN_VALUES || decidedNotText) {
      return false;
    }
    return (double) characters / values >= MIN_MEAN_CHARACTERS
        && (double) words / values >= MIN_MEAN_WORDS
        && (double) spaced / values >= MIN_SPACED_SHARE
        && (double) distinct.size() / sampled >= MIN_DISTINCT_SHARE;
  }

  /** Runs of non-blank characters. */
  private static int wordCount(String value) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < value.length(); i++) {
      boolean blank = Character.isWhitespace(value.charAt(i));
      if (!blank && !inWord) {
        count++;
      }
      inWord = !blank;
    }
    return count;
  }
}
