package org.modelworkbench.services.training;

/**
 * An option beyond the {@link org.modelworkbench.model.TrainingSettings} that a route takes, so a
 * shell (the train dialog) shows it only while that route applies.
 */
public enum RouteOption {
  /** Image fine-tuning: epochs that train the new head alone ({@link org.modelworkbench.services.training.ImageOptions}). */
  FREEZE_EPOCHS,
  /** Images: light random flips and shifts of the training images. */
  AUGMENT,
  /** A SavedModel or text-encoder base: {@code head} (a new head on its features) or {@code full} (its own train signature). */
  STRATEGY,
  /** A SavedModel head: the signature whose first output gives the features. */
  SIGNATURE,
  /** A text encoder: the longest input in tokens ({@link org.modelworkbench.services.training.TextOptions}). */
  MAX_TOKENS,
  /** A frozen text encoder: a linear or MLP head. */
  HEAD_KIND
}
