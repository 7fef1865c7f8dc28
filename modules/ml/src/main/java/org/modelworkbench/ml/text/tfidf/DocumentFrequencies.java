package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts in how many training texts each term occurs, in bounded memory. When more distinct terms
 * are held than the limit allows, the rarest are dropped (those seen in one text, then two, ...)
 * until half the limit is left. Only a huge corpus ever reaches the limit; there a dropped term
 * that comes back is counted from then on, which can only lower its count, and the terms that
 * are kept in the end are frequent ones either way.
 */
final class DocumentFrequencies {
  private final Map<String, int[]> counts = new HashMap<>();
  private final int limit;

  /** @param limit the most distinct terms held at once (at least 1,000) */
  DocumentFrequencies(int limit) {
    this.limit = Math.max(1_000, limit);
  }

  /** Counts one text's distinct terms. */
  void addDocument(Set<String> distinctTerms) {
    for (String term : distinctTerms) {
      counts.computeIfAbsent(term, t -> new int[1])[0]++;
    }
    if (counts.size() > limit) {
      prune();
    }
  }

  private void prune() {
    for (int floor = 1; counts.size() > limit / 2; floor++) {
      int atMost = floor;
      counts.values().removeIf(c -> c[0] <= atMost);
    }
  }

  /**
   * The kept vocabulary: terms seen in at least {@code minCount} texts, the {@code max} most
   * frequent of them (ties broken by the term, so the choice never depends on hashing), in
   * lexicographic order.
   */
  List<String> vocabulary(int minCount, int max) {
    List<Map.Entry<String, int[]>> frequent = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minCount) {
        frequent.add(e);
      }
    }
    frequent.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
        .thenComparing(Map.Entry::getKey));
    List<String> kept = new ArrayList<>(Math.min(max, frequent.size()));
    for (int i = 0; i < frequent.size() && i < max; i++) {
      kept.add(frequent.get(i).getKey());
    }
    kept.sort(Comparator.naturalOrder());
    return kept;
  }

  /** The number of texts the term was counted in (0 if unseen or dropped). */
  int count(String term) {
    int[] c = counts.get(term);
    return c == null ? 0 : c[0];
  }
}
