package org.modelworkbench.app.desktop.training;

import org.modelworkbench.services.training.SavedModelOptions;

/** How to fine-tune a TensorFlow SavedModel base, as the dialog offers it. */
public enum StrategyChoice {
  /** Full for a text encoder; for a SavedModel, full when it has a train signature, else head (as on the command line). */
  AUTO("Default for this model (usually the whole model)", null),
  /** The model frozen as a feature extractor under a new head. */
  HEAD("New head on its features (model frozen)", SavedModelOptions.HEAD),
  /** The model's own train signature. */
  FULL("Whole model, fine-tuned", SavedModelOptions.FULL);

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
