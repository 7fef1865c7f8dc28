package org.modelworkbench.services.training;

import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;

/**
 * Follows a training run as it goes. Called on the training thread.
 */
public interface TrainingObserver {
  /** An observer that ignores everything. */
  TrainingObserver NONE = new TrainingObserver() {};

  /** The run was created in the database and training is about to start on the device. */
  default void started(long runId, DeviceInfo device) {}

  /** One epoch finished; its metrics are already stored. */
  default void epoch(long runId, EpochMetrics epoch, int maxEpochs) {}

  /** Batch progress within an epoch. */
  default void batch(long runId, int epoch, int batch, int batchCount, int maxEpochs) {}

  /** A plain-language notice, for example a device fallback or a data warning. */
  default void notice(String message) {}

  /**
   * One optimiser step of a run that reports steps (text fine-tuning), for a live per-step curve.
   *
   * @param step 1-based step of the whole run
   * @param totalSteps the run's steps if it does not stop early
   * @param trainLoss the step's training loss
   * @param secondsLeft estimated training time left, or a negative number when unknown
   */
  default void step(long runId, int step, int totalSteps, double trainLoss, double secondsLeft) {}
}
