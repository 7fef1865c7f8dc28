package org.modelworkbench.data.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.modelworkbench.model.TextProfile;

/**
 * Gathers a {@link TextProfile} from texts given one at a time, each with how many rows hold it
 * (the same text may come more than once; its counts add up). Memory stays bounded: 16 bytes per
 * different text for the duplicate count, and at most {@value #MAX_WORDS} different words.
 */
final class TextProfileBuilder {
  /** The most different words counted; words first seen after that are left out of the top words. */
  static final int MAX_WORDS = 200_000;
  /** How many most frequent words a profile lists. */
  static final int TOP_WORDS = 20;

  private final String column;
  private final ToIntFunction<String> tokenCounter;
  private final int tokenLimit;
  private final LengthCounts words = new LengthCounts();
  private final LengthCounts characters = new LengthCounts();
  private final LengthCounts tokens = new LengthCounts();
  private final LongCounter copies = new LongCounter();
  private final Map<String, long[]> wordCounts = new HashMap<>();
  private long texts;
  private long empty;
  private long longer;

  /**
   * Starts a profile.
   *
   * @param column the column's name
   * @param tokenCounter counts a text's tokens for a model, or null for none
   * @param tokenLimit the most tokens that model reads (ignored without a counter)
   */
  TextProfileBuilder(String column, ToIntFunction<String> tokenCounter, int tokenLimit) {
    this.column = column;
    this.tokenCounter = tokenCounter;
    this.tokenLimit = tokenLimit;
  }

  /** Takes a text held by {@code count} rows. */
  void add(String text, long count) {
    if (count <= 0) {
      return;
    }
    texts += count;
    int[] wordCount = {0};
    TextWords.forEach(text, true, word -> {
      wordCount[0]++;
      if (word.length() > 1 && !TextWords.isStopWord(word)) {
        long[] seen = wordCounts.get(word);
        if (seen != null) {
          seen[0] += count;
        } else if (wordCounts.size() < MAX_WORDS) {
          wordCounts.put(word, new long[] {count});
        }
      }
    });
    if (wordCount[0] == 0) {
      empty += count;
    }
    words.add(wordCount[0], count);
    characters.add(text.codePointCount(0, text.length()), count);
    copies.add(hash(text), count);
    if (tokenCounter != null) {
      int n = tokenCounter.applyAsInt(text);
      tokens.add(n, count);
      if (n > tokenLimit) {
        longer += count;
      }
    }
  }

  /** How many different texts were seen (exact, up to 64-bit hash collisions). */
  long distinct() {
    return copies.size();
  }

  /** The length-in-words counts, for a column's stored profile. */
  LengthCounts words() {
    return words;
  }

  /** Ends the profile. */
  TextProfile finish(long missing) {
    long[] duplicates = {0, 0};
    copies.forEachCount(n -> {
      if (n > 1) {
        duplicates[0] += n - 1;
        duplicates[1]++;
      }
    });
    TopValues top = new TopValues(TOP_WORDS);
    wordCounts.forEach((word, n) -> top.offer(word, n[0]));
    TextProfile.TokenLengths tokenLengths = tokenCounter == null ? null
        : new TextProfile.TokenLengths(tokenLimit, longer, tokens.lengths(), tokens.histogram());
    return new TextProfile(column, texts, missing, empty, duplicates[0], duplicates[1], words.lengths(),
        characters.lengths(), words.histogram(), characters.histogram(), top.result(), tokenLengths);
  }

  /** A 64-bit hash of a text (FNV-1a over its chars, then mixed). */
  static long hash(String text) {
    long h = 0xCBF2_9CE4_8422_2325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x0000_0100_0000_01B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51_AFD7_ED55_8CCDL;
    return h ^ (h >>> 33);
  }
}
