package org.modelworkbench.ml.training;

/**
 * What one training route supplies to the shared {@link EpochLoop}: its batch step, its
 * validation step and its saves. The loop owns everything else (row order, batching, early
 * stopping, divergence, progress, cancellation), so those behave the same on every route.
 *
 * <p>The loop calls, per epoch: {@link #startEpoch}, then {@link #trainBatch} for each batch,
 * {@link #validate}, {@link #keepBest} when the validation loss improved, and {@link #checkpoint}.
 */
public interface EpochSteps {
  /**
   * An epoch is about to start; for per-epoch settings such as freezing a backbone or the
   * augmentation's generator.
   *
   * @param epoch 1-based epoch number
   */
  default void startEpoch(int epoch) {}

  /**
   * The order in which this epoch visits the rows, made from the loop's fresh shuffle; by default
   * the shuffle itself. A route may regroup it (the text route puts texts of similar length in one
   * batch), but must keep it a function of its arguments only, so a resumed run sees the same
   * batches. Batches are cut from it at multiples of the batch size.
   *
   * @param epoch 1-based epoch number
   * @param shuffled the loop's permutation of the rows for this epoch
   * @return a permutation of the same rows
   */
  default int[] arrange(int epoch, int[] shuffled) {
    return shuffled;
  }

  /**
   * A batch finished; a route with long epochs may write a checkpoint here, from which the loop
   * can continue mid-epoch. Called after {@link TrainingListener#onBatch}.
   *
   * @param position where the epoch stands
   */
  default void afterBatch(EpochPosition position) {}

  /**
   * One optimisation step on the training rows {@code order[from..to)}.
   *
   * @param order the epoch's row order
   * @param from first position of the batch in {@code order}
   * @param to one past its last position
   * @return the batch's mean loss
   */
  double trainBatch(int[] order, int from, int to);

  /** Scores the current model on the validation rows. */
  EpochScore validate();

  /**
   * Saves the current model as the best one so far: this epoch lowered the validation loss.
   * Called before {@link #checkpoint} of the same epoch.
   *
   * @param epoch the new best epoch
   */
  void keepBest(int epoch);

  /**
   * Writes the checkpoint of a finished epoch (into {@link EpochFolders#of}), from which a
   * stopped run continues with {@code state}.
   *
   * @param state the run's state after the epoch
   */
  void checkpoint(EpochState state);
}
