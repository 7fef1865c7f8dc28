package org.modelworkbench.ml.training;

import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.EpochMetrics;

/**
 * The one epoch loop of every training route. Per epoch it visits the training rows in the order
 * {@link EpochOrder} draws from the run's seed and the epoch number, in batches, checking for
 * cancellation before each; it stops a diverged run ({@link Divergence}), scores the validation
 * split, keeps the best epoch by validation loss and stops early ({@link EarlyStopping}), writes
 * the epoch's checkpoint and reports progress. What a step, a validation pass or a save is, the
 * route's {@link EpochSteps} say.
 *
 * <p>A run continued from a checkpoint's {@link EpochState} goes on exactly as an uninterrupted
 * run would: the same row orders, the same best epoch and the same early-stopping count (only
 * state the route itself does not checkpoint, such as an optimiser's moments, can differ).
 */
public final class EpochLoop {
  private final EpochPlan plan;
  private final TrainingListener listener;
  private final CancellationToken cancel;

  /**
   * A loop for one run.
   *
   * @param plan rows, epochs, batch size, patience and seed
   * @param listener receives each batch, each epoch and the early-stopping notice
   * @param cancel checked before every batch
   */
  public EpochLoop(EpochPlan plan, TrainingListener listener, CancellationToken cancel) {
    this.plan = plan;
    this.listener = listener;
    this.cancel = cancel;
  }

  /**
   * Runs epochs until the plan's last one, early stopping or cancellation.
   *
   * @param steps the route's steps
   * @param from where to continue; {@link EpochState#START} for a fresh run
   * @param startNanos {@link System#nanoTime()} when this call's training time began; epochs'
   *     elapsed times are {@code from.elapsedMillis()} plus the time since then
   * @return whether it was cancelled, and the state after the last finished epoch (with the
   *     curve of {@code from} followed by the new epochs)
   * @throws org.modelworkbench.model.WorkbenchException when the loss diverges, or what the
   *     route's steps throw
   */
  public EpochRun run(EpochSteps steps, EpochState from, long startNanos) {
    return run(steps, from, startNanos, null);
  }

  /**
   * Runs epochs as {@link #run(EpochSteps, EpochState, long)} does, continuing the first one
   * from a point inside it (a checkpoint written in {@link EpochSteps#afterBatch}).
   *
   * @param steps the route's steps
   * @param from the state after the last finished epoch
   * @param startNanos as for {@link #run(EpochSteps, EpochState, long)}
   * @param within where epoch {@code from.epoch() + 1} stands, or null to start it afresh
   * @return as for {@link #run(EpochSteps, EpochState, long)}
   */
  public EpochRun run(EpochSteps steps, EpochState from, long startNanos, EpochPosition within) {
    if (within != null && within.epoch() != from.epoch() + 1) {
      throw new IllegalArgumentException("a position inside epoch " + within.epoch()
          + " cannot continue from the end of epoch " + from.epoch());
    }
    long baseMillis = within != null ? within.elapsedMillis() : from.elapsedMillis();
    EarlyStopping stopping = new EarlyStopping(plan.patience(), from.bestEpoch(), from.bestLoss());
    if (from.epoch() > 0 && stopping.stopsAfter(from.epoch())) {
      return new EpochRun(false, from); // it had already stopped early: nothing left to train
    }
    List<EpochMetrics> curve = new ArrayList<>(from.curve());
    EpochState state = from;
    for (int epoch = from.epoch() + 1; epoch <= plan.maxEpochs(); epoch++) {
      steps.startEpoch(epoch);
      long epochStart = System.nanoTime();
      boolean resumed = within != null && epoch == within.epoch();
      int firstBatch = resumed ? within.batchesDone() : 0;
      double lossSum = resumed ? within.lossSum() : 0;
      int[] order = steps.arrange(epoch, EpochOrder.of(plan.rows(), plan.seed(), epoch));
      int batches = plan.batches();
      int rowsNow = 0;
      for (int b = firstBatch; b < batches; b++) {
        if (cancel.isCancelled()) {
          return new EpochRun(true, state);
        }
        int lo = b * plan.batchSize();
        int hi = Math.min(plan.rows(), lo + plan.batchSize());
        lossSum += steps.trainBatch(order, lo, hi) * (double) (hi - lo);
        rowsNow += hi - lo;
        listener.onBatch(epoch, b + 1, batches);
        steps.afterBatch(new EpochPosition(epoch, b + 1, lossSum,
            baseMillis + (System.nanoTime() - startNanos) / 1_000_000));
      }
      double seconds = Math.max(1e-9, (System.nanoTime() - epochStart) / 1e9);
      double trainLoss = lossSum / plan.rows();
      Divergence.check(epoch, trainLoss);
      EpochScore score = steps.validate();
      Divergence.check(epoch, score.loss());
      if (stopping.record(epoch, score.loss())) {
        steps.keepBest(epoch); // before the checkpoint, which may copy the best model
      }
      EpochMetrics point = new EpochMetrics(epoch, trainLoss, score.loss(), score.metric(),
          Math.max(rowsNow, 1) / seconds,
          baseMillis + (System.nanoTime() - startNanos) / 1_000_000);
      curve.add(point);
      state = new EpochState(epoch, curve, stopping.bestEpoch(), stopping.bestLoss(),
          point.elapsedMillis());
      steps.checkpoint(state);
      listener.onEpoch(point);
      if (stopping.stopsAfter(epoch)) {
        if (epoch < plan.maxEpochs()) {
          listener.onNotice("Stopped early after epoch " + epoch + ": the validation loss did not"
              + " improve for " + plan.patience() + " epochs; the model of epoch "
              + stopping.bestEpoch() + " is kept.");
        }
        break;
      }
    }
    return new EpochRun(false, state);
  }
}
