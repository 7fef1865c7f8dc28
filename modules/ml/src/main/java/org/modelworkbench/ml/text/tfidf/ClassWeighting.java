package org.modelworkbench.ml.text.tfidf;

/** How the classes weigh in the training loss. */
public enum ClassWeighting {
  /** Every example counts the same: the model fits the class shares it sees. */
  NONE,
  /**
   * Each class counts as much in total as any other ({@code n / (classes * count)} per example, as
   * scikit-learn's {@code class_weight="balanced"}): rare classes are predicted more often, at some
   * cost in accuracy on the common ones.
   */
  BALANCED
}
