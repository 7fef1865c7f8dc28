package org.modelworkbench.ml.training;

import org.modelworkbench.model.WorkbenchException;

/**
 * Stops a run whose loss is no longer a finite number. Past that point every further step only
 * spreads NaN through the weights, so training ends with one plain message, the same for every
 * route, that names the epoch and the usual remedy.
 */
public final class Divergence {
  private Divergence() {}

  /**
   * The message of a run that diverged.
   *
   * @param epoch the 1-based epoch whose loss was not finite
   */
  public static String message(int epoch) {
    return "Training diverged at epoch " + epoch
        + " (the loss became NaN or infinite); try a lower learning rate.";
  }

  /**
   * Throws when any of the epoch's losses is NaN or infinite.
   *
   * @param epoch the 1-based epoch
   * @param losses the epoch's training and validation losses
   * @throws WorkbenchException with {@link #message(int)}
   */
  public static void check(int epoch, double... losses) {
    for (double loss : losses) {
      if (!Double.isFinite(loss)) {
        throw new WorkbenchException(message(epoch));
      }
    }
  }
}
