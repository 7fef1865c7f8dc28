package org.modelworkbench.store.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dictionary ranks against the comparator they stand for, on awkward texts and many random ones. */
class TextRanksTest {
  /** The order the window promises: ignoring case first, then by case. */
  private static final Comparator<String> TEXT_ORDER = Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
      .thenComparing(Comparator.naturalOrder());

  /** The dense ranks the comparator gives, by a boxed sort: the reference. */
  private static int[] expectedRanks(String[] entries) {
    Integer[] order = new Integer[entries.length];
    for (int e = 0; e < entries.length; e++) {
      order[e] = e;
    }
    Arrays.sort(order, (a, b) -> TEXT_ORDER.compare(entries[a], entries[b]));
    int[] rank = new int[entries.length];
    int current = -1;
    for (int i = 0; i < order.length; i++) {
      if (i == 0 || !entries[order[i]].equals(entries[order[i - 1]])) {
        current++;
      }
      rank[order[i]] = current;
    }
    return rank;
  }

  @Test
  void ordersIgnoringCaseFirstThenByCase() {
    String[] entries = {"Banana", "apple", "Apple", "banana", "apple", "", "b", "APPLE", "app", "apples"};
    assertThat(TextRanks.of(entries)).containsExactly(expectedRanks(entries));
    int[] ranks = TextRanks.of(entries);
    assertThat(ranks[5]).isZero();
    assertThat(ranks[1]).isEqualTo(ranks[4]);
    assertThat(ranks[8]).isLessThan(ranks[7]).isLessThan(ranks[2]).isLessThan(ranks[1]).isLessThan(ranks[9]);
  }

  @Test
  void handlesEndsOfTextNulsAndCharactersOutsideLatin() {
    String[] entries = {"ab", "ab\0", "ab\0\0\0\0", "ab\0c", "a", "abc", "abcd", "abcdef", "abcdeg", "Zürich", "zurich",
        "ZÜRICH", "\uD83D\uDE00smile", "\uFFFFend", "İstanbul", "istanbul", "ǅ", "ǆ", "Ǆ", "\0", "", "a\uFFFF",
        "a\uFFFF\uFFFF\uFFFF\uFFFFx"};
    assertThat(TextRanks.of(entries)).containsExactly(expectedRanks(entries));
  }

  @Test
  void matchesTheComparatorOnManyRandomTexts() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "aAbBzZ-0 é\u00C9\0\uFFFF";
    for (int round = 0; round < 30; round++) {
      int n = 1 + random.nextInt(round < 20 ? 200 : 20_000);
      String[] entries = new String[n];
      for (int e = 0; e < n; e++) {
        if (e > 0 && random.nextInt(10) == 0) {
          entries[e] = entries[random.nextInt(e)];
          continue;
        }
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "ref-" : "REF-");
        int length = random.nextInt(round % 3 == 0 ? 12 : 5);
        for (int i = 0; i < length; i++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        entries[e] = text.toString();
      }
      assertThat(TextRanks.of(entries)).as("round %d", round).containsExactly(expectedRanks(entries));
    }
  }

  @Test
  void anEmptyDictionaryHasNoRanks() {
    assertThat(TextRanks.of(new String[0])).isEmpty();
  }
}
