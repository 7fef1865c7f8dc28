package org.modelworkbench.benchmarks.text;

import java.util.List;

/**
 * A labelled text corpus, optionally with dense extra columns per text (already preprocessed).
 *
 * @param name a short name for the tables
 * @param texts the texts
 * @param labels one class per text
 * @param extraNames the names of the extra columns (empty when none)
 * @param extras one row of extra values per text ({@code double[n][0]} when none)
 */
public record LabelledTexts(String name, List<String> texts, List<String> labels, List<String> extraNames,
    double[][] extras) {
  /** A corpus without extra columns. */
  public static LabelledTexts of(String name, List<String> texts, List<String> labels) {
    return new LabelledTexts(name, texts, labels, List.of(), new double[texts.size()][0]);
  }

  /** The number of texts. */
  public int size() {
    return texts.size();
  }
}
