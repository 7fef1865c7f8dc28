package org.modelworkbench.model;

import java.util.List;

/**
 * What the texts of a free-text column look like: how long they are, how many are empty or exact
 * copies of another, and the words they use most.
 *
 * @param column the column's name
 * @param texts how many rows hold a text (not missing)
 * @param missing how many rows are missing
 * @param empty how many texts hold no word at all (blank, or only punctuation)
 * @param duplicates how many texts are exact copies of an earlier text
 * @param duplicateGroups how many different texts occur more than once
 * @param words the length in words: minimum, median, mean, maximum
 * @param characters the length in characters, likewise
 * @param wordHistogram texts by length in words
 * @param characterHistogram texts by length in characters
 * @param topWords the most frequent words (lower case, without common English stop words), most
 *     frequent first
 * @param tokens the length in a model's tokens, or null when no model's tokenizer was given
 */
public record TextProfile(
    String column,
    long texts,
    long missing,
    long empty,
    long duplicates,
    long duplicateGroups,
    Lengths words,
    Lengths characters,
    List<HistogramBin> wordHistogram,
    List<HistogramBin> characterHistogram,
    List<ValueCount> topWords,
    TokenLengths tokens) {

  /** Copies the lists so the profile stays immutable. */
  public TextProfile {
    wordHistogram = wordHistogram == null ? List.of() : List.copyOf(wordHistogram);
    characterHistogram = characterHistogram == null ? List.of() : List.copyOf(characterHistogram);
    topWords = topWords == null ? List.of() : List.copyOf(topWords);
  }

  /**
   * Lengths of the texts in one unit; all zero when there are no texts.
   *
   * @param min the shortest
   * @param median the middle one (the lower of the two middle ones for an even count)
   * @param mean the average
   * @param max the longest
   */
  public record Lengths(long min, long median, double mean, long max) {}

  /**
   * Lengths in a model's tokens, against the most the model reads.
   *
   * @param limit the most tokens the model reads; longer texts are cut
   * @param longer how many texts have more tokens than that
   * @param lengths the length in tokens
   * @param histogram texts by length in tokens
   */
  public record TokenLengths(int limit, long longer, Lengths lengths, List<HistogramBin> histogram) {
    /** Copies the histogram. */
    public TokenLengths {
      histogram = histogram == null ? List.of() : List.copyOf(histogram);
    }

    /** The share of texts the model cuts, 0 to 1. */
    public double longerShare(long texts) {
      return texts == 0 ? 0 : (double) longer / texts;
    }
  }
}
