package org.modelworkbench.ml.text.head;

/** The head trained on the frozen encoder's vectors. */
public enum HeadType {
  /**
   * L2 logistic regression with C chosen by cross-validation (the TF-IDF route's solver): the
   * default. On Debian descriptions (10 classes) it beat a linear layer trained by Adam on DJL
   * (0.831 against 0.815) and tied with it on reviews; the MLP head was no better.
   */
  LINEAR,
  /** A small MLP (one hidden ReLU layer with dropout) trained with Adam and early stopping, on the PyTorch engine. */
  MLP
}
