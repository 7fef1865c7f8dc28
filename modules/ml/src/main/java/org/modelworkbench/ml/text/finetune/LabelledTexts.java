package org.modelworkbench.ml.text.finetune;

import java.util.List;

/**
 * Texts with their classes, one split of a dataset.
 *
 * @param texts the texts (null counts as empty)
 * @param classes each text's class, an index into the run's labels
 */
public record LabelledTexts(List<String> texts, int[] classes) {
  /** Checks that every text has one class. */
  public LabelledTexts {
    if (texts.size() != classes.length) {
      throw new IllegalArgumentException(texts.size() + " texts but " + classes.length
          + " classes");
    }
  }

  /** Number of texts. */
  public int size() {
    return texts.size();
  }
}
