package org.modelworkbench.ml.training;

import java.util.Map;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;

/**
 * Follows a training run. Called on the training thread; a UI must hop to its own thread, and a
 * slow listener slows training.
 */
public interface TrainingListener {
  /**
   * Training is about to start.
   *
   * @param device the device used
   * @param versions engine and library versions
   */
  default void onStart(DeviceInfo device, Map<String, String> versions) {}

  /**
   * An epoch finished and was scored on the validation rows.
   *
   * @param epoch the epoch's point of the curve
   */
  default void onEpoch(EpochMetrics epoch) {}

  /**
   * A batch finished.
   *
   * @param epoch 1-based epoch
   * @param batch 1-based batch within the epoch
   * @param batchCount batches per epoch
   */
  default void onBatch(int epoch, int batch, int batchCount) {}

  /**
   * Something the user should know, for example a retry with a smaller batch.
   *
   * @param message one plain sentence
   */
  default void onNotice(String message) {}
}
