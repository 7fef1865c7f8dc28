package org.modelworkbench.ml.text.finetune;

import org.modelworkbench.ml.training.TrainingListener;

/**
 * Follows a fine-tuning run: the shared {@link TrainingListener} events (start, each batch, each
 * epoch with its validation loss and accuracy, notices such as a smaller micro-batch after running
 * out of memory), plus each optimiser step's loss and speed. Called on the training thread.
 */
public interface FineTuneListener extends TrainingListener {
  /** A listener that ignores everything. */
  FineTuneListener NONE = new FineTuneListener() {};

  /**
   * An optimiser step finished.
   *
   * @param step its numbers
   */
  default void onStep(FineTuneStep step) {}
}
