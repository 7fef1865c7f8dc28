package org.modelworkbench.services.training;

import java.util.Locale;
import org.modelworkbench.model.WorkbenchException;

/**
 * How to fine-tune a TensorFlow SavedModel base.
 *
 * @param strategy {@code head} (the model frozen as a feature extractor under a new head trained
 *     with PyTorch), {@code full} (the model's own {@code train} signature), or null for {@code full}
 *     when the model has a {@code train} signature and {@code head} otherwise
 * @param signature for {@code head}, the signature whose first output gives the features; null
 *     for {@code features} (or {@code serving_default} when there is none)
 */
public record SavedModelOptions(String strategy, String signature) {
  /** Fine-tune through the model's own train signature. */
  public static final String FULL = "full";
  /** Train a new head on the model's features. */
  public static final String HEAD = "head";

  /** Checks the strategy. */
  public SavedModelOptions {
    strategy = strategy == null || strategy.isBlank() ? null : strategy.strip().toLowerCase(Locale.ROOT);
    if (strategy != null && !strategy.equals(FULL) && !strategy.equals(HEAD)) {
      throw new WorkbenchException("The strategy '" + strategy + "' is unknown; use head or full.");
    }
    signature = signature == null || signature.isBlank() ? null : signature.strip();
  }

  /** The default: chosen from the model's signatures. */
  public static SavedModelOptions defaults() {
    return new SavedModelOptions(null, null);
  }
}
