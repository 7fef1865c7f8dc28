package org.modelworkbench.model;

import java.util.Locale;

/** The kind of network a run trains: tabular (MLP, linear) or images (CNN). */
public enum ModelKind {
  /** A multi-layer perceptron (the default for tables). */
  MLP,
  /** A linear model: logistic regression for classes, linear regression for numbers. */
  LINEAR,
  /**
   * A convolutional network for image datasets: a small residual network from scratch, or a
   * fine-tuned TorchScript backbone when the run has a base model.
   */
  CNN;

  /** Lower-case name for JSON and the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
