package org.modelworkbench.model;

import java.util.Locale;

/** The kind of model a run trains: tabular (MLP, linear), images (CNN) or text (TF-IDF, encoder). */
public enum ModelKind {
  /** A multi-layer perceptron (the default for tables). */
  MLP,
  /** A linear model: logistic regression for classes, linear regression for numbers. */
  LINEAR,
  /**
   * A convolutional network for image datasets: a small residual network from scratch, or a
   * fine-tuned TorchScript backbone when the run has a base model.
   */
  CNN,
  /** Word and character n-gram TF-IDF with a linear classifier: the fast baseline for text. */
  TFIDF,
  /**
   * A pretrained text encoder (the run's base model) with a classification head: fine-tuned
   * together, or a head on its frozen embeddings.
   */
  ENCODER;

  /** Lower-case name for JSON and the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
