package org.modelworkbench.model;

import java.util.Locale;

/** What a model predicts. */
public enum Task {
  /** A class label out of a fixed set. */
  CLASSIFICATION,
  /** A number. */
  REGRESSION;

  /** Lower-case name for JSON and the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
