package org.modelworkbench.ml.tensorflow;

import java.util.List;
import org.modelworkbench.ml.training.EarlyStopping;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.WorkbenchException;

/**
 * Where a stopped full fine-tune of a SavedModel continues: the epochs already done (their
 * {@code epoch-N} checkpoints are in the request's checkpoint folder), the early-stopping state and
 * the time already spent.
 *
 * @param epochsDone the last finished epoch, whose checkpoint training continues from; 0 to start
 *     from the base model
 * @param bestEpoch the epoch with the lowest validation loss so far, or 0
 * @param bestLoss that loss, or {@link Double#POSITIVE_INFINITY} when no epoch finished
 * @param sinceBest epochs since the best one, for early stopping ({@code epochsDone - bestEpoch})
 * @param elapsedMillis training time already spent, added to the new epochs' elapsed time
 */
public record SavedModelResumePoint(int epochsDone, int bestEpoch, double bestLoss, int sinceBest,
    long elapsedMillis) {
  /** A fresh start from the base model. */
  public static final SavedModelResumePoint START =
      new SavedModelResumePoint(0, 0, Double.POSITIVE_INFINITY, 0, 0);

  /**
   * The resume point after the given curve, using the loop's rule ({@link EarlyStopping}): an
   * epoch is the new best when its validation loss is strictly lower.
   *
   * @param curve the stored epochs 1…N, in order
   * @throws WorkbenchException when the curve has a gap
   */
  public static SavedModelResumePoint after(List<EpochMetrics> curve) {
    for (int i = 0; i < curve.size(); i++) {
      if (curve.get(i).epoch() != i + 1) {
        throw new WorkbenchException("The stored training curve has no epoch " + (i + 1)
            + ", so the run cannot continue from it.");
      }
    }
    EarlyStopping best = EarlyStopping.replay(0, curve);
    long elapsed = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).elapsedMillis();
    return new SavedModelResumePoint(curve.size(), best.bestEpoch(), best.bestLoss(),
        curve.size() - best.bestEpoch(), elapsed);
  }
}
