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
  /** A SavedModel base: {@code head} (a new head on its features) or {@code full} (its own train signature). */
  STRATEGY,
  /** A SavedModel head: the signature whose first output gives the features. */
  SIGNATURE
}
