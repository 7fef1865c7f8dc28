package org.modelworkbench.ml.training;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;

/**
 * The early-stopping rule of every route: the best epoch is the one with the lowest validation
 * loss (strictly lower than every earlier one), and training stops once {@code patience} epochs in
 * a row did not beat it. Validation loss rather than accuracy: it moves with every improvement in
 * the predicted probabilities, while accuracy on a small validation split stays level for many
 * epochs (all of them at 1.0 on an easy one), and a level stretch counted as no improvement.
 */
public final class EarlyStopping {
  private final int patience;
  private int bestEpoch;
  private double bestLoss;

  /**
   * Starts the rule, afresh or from a stopped run's state.
   *
   * @param patience epochs without a better validation loss before stopping; 0 or less never stops
   * @param bestEpoch the best epoch so far, or 0
   * @param bestLoss its validation loss, or {@link Double#POSITIVE_INFINITY}
   */
  public EarlyStopping(int patience, int bestEpoch, double bestLoss) {
    this.patience = patience;
    this.bestEpoch = bestEpoch;
    this.bestLoss = bestLoss;
  }

  /**
   * The rule's state after a stored curve, as the loop would have left it.
   *
   * @param patience the run's patience
   * @param curve the finished epochs in order
   */
  public static EarlyStopping replay(int patience, List<EpochMetrics> curve) {
    EarlyStopping rule = new EarlyStopping(patience, 0, Double.POSITIVE_INFINITY);
    for (EpochMetrics epoch : curve) {
      rule.record(epoch.epoch(), epoch.validationLoss());
    }
    return rule;
  }

  /**
   * Records a finished epoch's validation loss.
   *
   * @return whether it is the new best epoch
   */
  public boolean record(int epoch, double validationLoss) {
    if (validationLoss < bestLoss) {
      bestLoss = validationLoss;
      bestEpoch = epoch;
      return true;
    }
    return false;
  }

  /** Whether training ends after the given finished epoch. */
  public boolean stopsAfter(int epoch) {
    return patience > 0 && epoch - bestEpoch >= patience;
  }

  /** The epoch with the lowest validation loss so far, or 0. */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** That epoch's validation loss, or {@link Double#POSITIVE_INFINITY} when none finished. */
  public double bestLoss() {
    return bestLoss;
  }

  /** Epochs without a better validation loss. */
  public int patience() {
    return patience;
  }
}
