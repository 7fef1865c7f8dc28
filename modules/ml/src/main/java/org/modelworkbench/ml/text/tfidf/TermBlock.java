package org.modelworkbench.ml.text.tfidf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One fitted block of TF-IDF features (the word n-grams or the character n-grams): its terms in
 * lexicographic order, each term's position and its idf weight. Immutable.
 */
final class TermBlock {
  private final String[] terms;
  private final double[] idf;
  private final Map<String, Integer> positions;

  TermBlock(String[] terms, double[] idf) {
    if (terms.length != idf.length) {
      throw new IllegalArgumentException(terms.length + " terms but " + idf.length + " idf weights");
    }
    this.terms = terms.clone();
    this.idf = idf.clone();
    this.positions = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      positions.put(terms[i], i);
    }
  }

  /** Builds a block from counted document frequencies with the smoothed idf. */
  static TermBlock of(List<String> vocabulary, DocumentFrequencies frequencies, int documents) {
    String[] terms = vocabulary.toArray(new String[0]);
    double[] idf = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      idf[i] = Math.log((1.0 + documents) / (1.0 + frequencies.count(terms[i]))) + 1.0;
    }
    return new TermBlock(terms, idf);
  }

  /** The number of terms. */
  int size() {
    return terms.length;
  }

  /** The position of a term, or -1 when it is not in the vocabulary. */
  int position(String term) {
    Integer p = positions.get(term);
    return p == null ? -1 : p;
  }

  /** The term at a position. */
  String term(int position) {
    return terms[position];
  }

  /** The idf weight at a position. */
  double idf(int position) {
    return idf[position];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermBlock other && Arrays.equals(terms, other.terms) && Arrays.equals(idf, other.idf);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(terms) * 31 + Arrays.hashCode(idf);
  }
}
