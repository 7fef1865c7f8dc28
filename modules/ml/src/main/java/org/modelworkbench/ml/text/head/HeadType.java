package org.modelworkbench.ml.text.head;

/** The head trained on the frozen encoder's vectors. */
public enum HeadType {
  /**
   * L2 logistic regression with C chosen by cross-validation (the TF-IDF route's solver): the
   * default, and as accurate as a trained DJL linear layer at a fraction of the time.
   */
  LINEAR,
  /** A small MLP (one hidden ReLU layer with dropout) trained with Adam and early stopping, on the PyTorch engine. */
  MLP
}
