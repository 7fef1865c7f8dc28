package org.modelworkbench.ml.training;

import java.util.Map;
import org.modelworkbench.model.DeviceInfo;

/**
 * How the shared epoch loop ended.
 *
 * @param cancelled whether cancellation stopped it before the last epoch ended
 * @param state the state after the last finished epoch
 */
public record EpochRun(boolean cancelled, EpochState state) {
  /** The route's outcome, with the device and versions it trained with. */
  public TrainingOutcome outcome(DeviceInfo device, Map<String, String> versions) {
    return new TrainingOutcome(cancelled, state.curve(), state.bestEpoch(), device, versions);
  }
}
