package org.modelworkbench.ml.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;

/**
 * How a training run ended.
 *
 * @param cancelled whether the user stopped it; the model folder then holds the best epoch so far
 * @param curve one point per finished epoch
 * @param bestEpoch the epoch whose parameters were saved (lowest validation loss), or 0 when no
 *     epoch finished and so nothing was saved
 * @param device the device used
 * @param versions engine and library versions
 */
public record TrainingOutcome(
    boolean cancelled,
    List<EpochMetrics> curve,
    int bestEpoch,
    DeviceInfo device,
    Map<String, String> versions) {

  /** Copies the curve and the versions. */
  public TrainingOutcome {
    curve = List.copyOf(curve);
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }
}
