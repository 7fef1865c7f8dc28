package org.modelworkbench.model;

import java.util.Locale;

/** The kind of network trained on tabular data. */
public enum ModelKind {
  /** A multi-layer perceptron (the default). */
  MLP,
  /** A linear model: logistic regression for classes, linear regression for numbers. */
  LINEAR;

  /** Lower-case name for JSON and the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
