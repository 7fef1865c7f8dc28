package org.modelworkbench.ml.tensorflow;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.WorkbenchException;

/**
 * Where a stopped full fine-tune of a SavedModel continues: the epochs already done (their
 * {@code epoch-N} checkpoints are in the request's checkpoint folder), the early-stopping state and
 * the time already spent.
 *
 * @param epochsDone the last finished epoch, whose checkpoint training continues from; 0 to start
 *     from the base model
 * @param bestEpoch the epoch with the best validation accuracy so far, or 0
 * @param bestAccuracy that accuracy, or -1 when no epoch finished
 * @param sinceBest epochs since the best one, for early stopping
 * @param elapsedMillis training time already spent, added to the new epochs' elapsed time
 */
public record SavedModelResumePoint(int epochsDone, int bestEpoch, double bestAccuracy, int sinceBest,
    long elapsedMillis) {
  /** A fresh start from the base model. */
  public static final SavedModelResumePoint START = new SavedModelResumePoint(0, 0, -1, 0, 0);

  /**
   * The resume point after the given curve, using the trainer's rule: an epoch is the new best when
   * its validation accuracy ({@link EpochMetrics#validationMetric()}) is strictly higher.
   *
   * @param curve the stored epochs 1…N, in order
   * @throws WorkbenchException when the curve has a gap
   */
  public static SavedModelResumePoint after(List<EpochMetrics> curve) {
    double best = -1;
    int bestEpoch = 0;
    int sinceBest = 0;
    long elapsed = 0;
    for (int i = 0; i < curve.size(); i++) {
      EpochMetrics epoch = curve.get(i);
      if (epoch.epoch() != i + 1) {
        throw new WorkbenchException("The stored training curve has no epoch " + (i + 1)
            + ", so the run cannot continue from it.");
      }
      if (epoch.validationMetric() > best) {
        best = epoch.validationMetric();
        bestEpoch = epoch.epoch();
        sinceBest = 0;
      } else {
        sinceBest++;
      }
      elapsed = epoch.elapsedMillis();
    }
    return new SavedModelResumePoint(curve.size(), bestEpoch, best, sinceBest, elapsed);
  }
}
