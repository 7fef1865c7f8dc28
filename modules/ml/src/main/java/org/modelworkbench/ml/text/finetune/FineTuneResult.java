package org.modelworkbench.ml.text.finetune;

import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;

/**
 * How a fine-tuning run ended.
 *
 * @param classifier the model of the best epoch (lowest validation loss); null when no epoch
 *     finished (a run cancelled in its first epoch). The caller closes it.
 * @param cancelled whether cancellation stopped the run; it can be resumed from its checkpoint
 * @param curve every finished epoch, resumed ones included
 * @param bestEpoch the epoch of {@code classifier}, or 0
 * @param steps optimiser steps taken over the whole run
 * @param microBatch texts per forward pass at the end (smaller than asked after running out of
 *     memory)
 */
public record FineTuneResult(FineTunedTextClassifier classifier, boolean cancelled,
    List<EpochMetrics> curve, int bestEpoch, int steps, int microBatch) {
  /** Copies the curve. */
  public FineTuneResult {
    curve = List.copyOf(curve);
  }

  /** The shared outcome record of a training route. */
  public TrainingOutcome outcome(DeviceInfo device, Map<String, String> versions) {
    return new TrainingOutcome(cancelled, curve, bestEpoch, device, versions);
  }
}
