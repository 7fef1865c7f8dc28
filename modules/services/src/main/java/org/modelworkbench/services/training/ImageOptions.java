package org.modelworkbench.services.training;

/**
 * Settings that only image runs have.
 *
 * @param freezeEpochs when fine-tuning a base model: epochs that train the new head only before
 *     everything trains at a tenth of the learning rate; null means {@value #DEFAULT_FREEZE_EPOCHS}
 * @param augment light random flips and shifts of the training images (off suits digits and
 *     text, where a flip changes the meaning)
 */
public record ImageOptions(Integer freezeEpochs, boolean augment) {
  /** Head-only epochs when fine-tuning and nothing else is asked. */
  public static final int DEFAULT_FREEZE_EPOCHS = 2;

  /** Checks the freeze epochs. */
  public ImageOptions {
    if (freezeEpochs != null && freezeEpochs < 0) {
      throw new org.modelworkbench.model.WorkbenchException("Freeze epochs must be 0 or more.");
    }
  }

  /** No augmentation and the default freeze epochs. */
  public static ImageOptions defaults() {
    return new ImageOptions(null, false);
  }

  /** The freeze epochs to use. */
  public int freezeEpochsOrDefault() {
    return freezeEpochs == null ? DEFAULT_FREEZE_EPOCHS : freezeEpochs;
  }
}
