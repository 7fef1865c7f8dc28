package org.modelworkbench.app.desktop.training;

import org.modelworkbench.services.training.SavedModelOptions;

/** How to fine-tune a TensorFlow SavedModel base, as the dialog offers it. */
public enum StrategyChoice {
  /** Full when the model has a train signature, else head (as on the command line). */
  AUTO("Decide from the model's signatures", null),
  /** The model frozen as a feature extractor under a new head. */
  HEAD("New head on its features (model frozen)", SavedModelOptions.HEAD),
  /** The model's own train signature. */
  FULL("Whole model, through its train signature", SavedModelOptions.FULL);

  private final String label;
  private final String strategy;

  StrategyChoice(String label, String strategy) {
    this.label = label;
    this.strategy = strategy;
  }

  /** The strategy for the request, or null for "decide". */
  public String strategy() {
    return strategy;
  }

  @Override
  public String toString() {
    return label;
  }
}
