package org.modelworkbench.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.WorkbenchException;

/** The shared epoch loop with fake steps: no engine, no files. */
class EpochLoopTest {
  /** 10 rows in batches of 3: batches of 3, 3, 3 and 1. */
  private static EpochPlan plan(int epochs, int patience, long seed) {
    return new EpochPlan(10, epochs, 3, patience, seed);
  }

  /** Validation losses 1.0, 0.5, 0.7, 0.6, 0.8, 0.9, ...: epoch 2 is the best one. */
  private static double dipAtTwo(int epoch) {
    return epoch == 1 ? 1.0 : epoch == 2 ? 0.5 : epoch == 4 ? 0.6 : 0.6 + epoch / 10.0;
  }

  @Test
  void earlyStoppingKeepsTheBestEpochsModelAndStopsAfterPatienceEpochsWithoutABetterLoss() {
    FakeSteps steps = new FakeSteps(e -> 1.0 / e, EpochLoopTest::dipAtTwo, 0);
    List<String> notices = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onNotice(String message) {
        notices.add(message);
      }
    };

    EpochRun run = new EpochLoop(plan(20, 3, 1), listener, CancellationToken.none())
        .run(steps, EpochState.START, System.nanoTime());

    assertThat(run.cancelled()).isFalse();
    assertThat(run.state().curve()).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3, 4, 5);
    assertThat(run.state().bestEpoch()).isEqualTo(2);
    assertThat(run.state().bestLoss()).isEqualTo(0.5);
    // The model kept is the one of epoch 2, not the last one trained.
    assertThat(steps.kept).containsExactly(1, 2);
    assertThat(steps.keptWeights).isEqualTo(steps.checkpointWeights.get(1));
    assertThat(steps.keptWeights).isNotEqualTo(steps.weights);
    assertThat(notices).containsExactly("Stopped early after epoch 5: the validation loss did not"
        + " improve for 3 epochs; the model of epoch 2 is kept.");
    assertThat(run.outcome(null, java.util.Map.of()).bestEpoch()).isEqualTo(2);
  }

  @Test
  void aLossEqualToTheBestIsNoImprovementAndPatienceZeroNeverStops() {
    FakeSteps flat = new FakeSteps(e -> 1.0, e -> 0.3, 0);
    EpochRun stopped = new EpochLoop(plan(10, 2, 1), new TrainingListener() {},
        CancellationToken.none()).run(flat, EpochState.START, System.nanoTime());
    assertThat(stopped.state().curve()).hasSize(3);
    assertThat(stopped.state().bestEpoch()).isEqualTo(1);

    FakeSteps rising = new FakeSteps(e -> 1.0, e -> e, 0);
    EpochRun all = new EpochLoop(plan(8, 0, 1), new TrainingListener() {},
        CancellationToken.none()).run(rising, EpochState.START, System.nanoTime());
    assertThat(all.state().curve()).hasSize(8);
    assertThat(all.state().bestEpoch()).isEqualTo(1);
  }

  @Test
  void aNanTrainingLossStopsWithOnePlainMessage() {
    FakeSteps steps = new FakeSteps(e -> e == 3 ? Double.NaN : 1.0, e -> 1.0 / e, 0);

    assertThatThrownBy(() -> new EpochLoop(plan(10, 0, 1), new TrainingListener() {},
        CancellationToken.none()).run(steps, EpochState.START, System.nanoTime()))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("Training diverged at epoch 3 (the loss became NaN or infinite);"
            + " try a lower learning rate.");
    // Epoch 3 is neither kept nor checkpointed.
    assertThat(steps.checkpoints).extracting(EpochState::epoch).containsExactly(1, 2);
  }

  @Test
  void anInfiniteValidationLossIsDivergenceToo() {
    FakeSteps steps = new FakeSteps(e -> 1.0, e -> e == 2 ? Double.POSITIVE_INFINITY : 1.0, 0);

    assertThatThrownBy(() -> new EpochLoop(plan(10, 0, 1), new TrainingListener() {},
        CancellationToken.none()).run(steps, EpochState.START, System.nanoTime()))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage(Divergence.message(2));
  }

  @Test
  void aRunResumedFromItsCheckpointRepeatsTheUninterruptedRunExactly() {
    FakeSteps whole = new FakeSteps(e -> 1.0 / e, EpochLoopTest::dipAtTwo, 0);
    EpochRun uninterrupted = new EpochLoop(plan(7, 4, 42), new TrainingListener() {},
        CancellationToken.none()).run(whole, EpochState.START, System.nanoTime());

    CancellationToken cancel = new CancellationToken();
    FakeSteps first = new FakeSteps(e -> 1.0 / e, EpochLoopTest::dipAtTwo, 0);
    EpochRun stopped = new EpochLoop(plan(7, 4, 42), new TrainingListener() {
      @Override
      public void onEpoch(EpochMetrics epoch) {
        if (epoch.epoch() == 3) {
          cancel.cancel();
        }
      }
    }, cancel).run(first, EpochState.START, System.nanoTime());
    assertThat(stopped.cancelled()).isTrue();
    EpochState checkpoint = first.checkpoints.get(first.checkpoints.size() - 1);
    assertThat(checkpoint.epoch()).isEqualTo(3);

    // A new process: only the checkpoint's state and model are carried over.
    FakeSteps second = new FakeSteps(e -> 1.0 / e, EpochLoopTest::dipAtTwo,
        first.checkpointWeights.get(2));
    EpochRun resumed = new EpochLoop(plan(7, 4, 42), new TrainingListener() {},
        CancellationToken.none()).run(second, checkpoint, System.nanoTime());

    assertThat(resumed.state().curve()).extracting(EpochMetrics::epoch)
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(second.orders).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(second.orders.get(i)).isEqualTo(whole.orders.get(3 + i));
    }
    assertThat(second.weights).isEqualTo(whole.weights);
    assertThat(scores(resumed.state().curve())).isEqualTo(scores(uninterrupted.state().curve()));
    assertThat(resumed.state().bestEpoch()).isEqualTo(uninterrupted.state().bestEpoch());
    assertThat(resumed.state().curve().get(3).elapsedMillis())
        .isGreaterThanOrEqualTo(checkpoint.elapsedMillis());
  }

  @Test
  void aRunResumedInsideAnEpochFromItsLastBatchRepeatsTheUninterruptedRun() {
    FakeSteps whole = new FakeSteps(e -> 1.0 / e, e -> 1.0 / e, 0);
    EpochRun uninterrupted = new EpochLoop(plan(3, 0, 7), new TrainingListener() {},
        CancellationToken.none()).run(whole, EpochState.START, System.nanoTime());

    CancellationToken cancel = new CancellationToken();
    FakeSteps first = new FakeSteps(e -> 1.0 / e, e -> 1.0 / e, 0);
    EpochRun stopped = new EpochLoop(plan(3, 0, 7), new TrainingListener() {
      @Override
      public void onBatch(int epoch, int batch, int batchCount) {
        if (epoch == 2 && batch == 2) {
          cancel.cancel();
        }
      }
    }, cancel).run(first, EpochState.START, System.nanoTime());
    assertThat(stopped.cancelled()).isTrue();
    EpochPosition at = first.positions.get(first.positions.size() - 1);
    assertThat(at.epoch()).isEqualTo(2);
    assertThat(at.batchesDone()).isEqualTo(2);

    FakeSteps second = new FakeSteps(e -> 1.0 / e, e -> 1.0 / e, first.weights);
    EpochRun resumed = new EpochLoop(plan(3, 0, 7), new TrainingListener() {},
        CancellationToken.none()).run(second, stopped.state(), System.nanoTime(), at);

    assertThat(second.batches).isEqualTo(2 + 4);
    assertThat(second.weights).isEqualTo(whole.weights);
    assertThat(resumed.state().curve()).extracting(EpochMetrics::trainLoss)
        .containsExactlyElementsOf(uninterrupted.state().curve().stream()
            .map(EpochMetrics::trainLoss).toList());
    assertThatThrownBy(() -> new EpochLoop(plan(3, 0, 7), new TrainingListener() {},
        CancellationToken.none()).run(second, EpochState.START, System.nanoTime(), at))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachEpochVisitsEveryRowOnceInItsOwnOrderDrawnFromTheSeedAndTheEpoch() {
    int[] one = EpochOrder.of(50, 1, 1);
    assertThat(one.clone()).satisfies(o -> {
      Arrays.sort(o);
      assertThat(o).isEqualTo(IntStream.range(0, 50).toArray());
    });
    assertThat(EpochOrder.of(50, 1, 1)).isEqualTo(one);
    assertThat(EpochOrder.of(50, 1, 2)).isNotEqualTo(one);
    assertThat(EpochOrder.of(50, 2, 1)).isNotEqualTo(one);
    // Neighbouring seeds do not share orders one epoch apart (as seed + epoch would).
    assertThat(EpochOrder.of(50, 2, 1)).isNotEqualTo(EpochOrder.of(50, 1, 2));
  }

  @Test
  void cancellingMidEpochStopsBeforeTheNextBatchAndKeepsOnlyFinishedEpochs() {
    CancellationToken cancel = new CancellationToken();
    int[] batchesAfterCancel = {0};
    FakeSteps steps = new FakeSteps(e -> 1.0, e -> 1.0 / e, 0);
    EpochRun run = new EpochLoop(plan(10, 0, 1), new TrainingListener() {
      @Override
      public void onBatch(int epoch, int batch, int batchCount) {
        if (cancel.isCancelled()) {
          batchesAfterCancel[0]++;
        }
        assertThat(batchCount).isEqualTo(4);
        if (epoch == 2 && batch == 2) {
          cancel.cancel();
        }
      }
    }, cancel).run(steps, EpochState.START, System.nanoTime());

    assertThat(run.cancelled()).isTrue();
    assertThat(batchesAfterCancel[0]).isZero();
    assertThat(steps.batches).isEqualTo(4 + 2);
    assertThat(run.state().curve()).extracting(EpochMetrics::epoch).containsExactly(1);
    assertThat(run.state().bestEpoch()).isEqualTo(1);
    assertThat(steps.checkpoints).extracting(EpochState::epoch).containsExactly(1);
  }

  @Test
  void cancelledBeforeTheFirstBatchNothingIsTrainedOrKept() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    FakeSteps steps = new FakeSteps(e -> 1.0, e -> 1.0, 0);

    EpochRun run = new EpochLoop(plan(10, 0, 1), new TrainingListener() {}, cancel)
        .run(steps, EpochState.START, System.nanoTime());

    assertThat(run.cancelled()).isTrue();
    assertThat(run.state()).isEqualTo(EpochState.START);
    assertThat(steps.batches).isZero();
    assertThat(steps.kept).isEmpty();
  }

  @Test
  void aRunThatHadAlreadyStoppedEarlyTrainsNoFurtherEpoch() {
    FakeSteps first = new FakeSteps(e -> 1.0, EpochLoopTest::dipAtTwo, 0);
    EpochRun stopped = new EpochLoop(plan(20, 3, 1), new TrainingListener() {},
        CancellationToken.none()).run(first, EpochState.START, System.nanoTime());
    FakeSteps again = new FakeSteps(e -> 1.0, EpochLoopTest::dipAtTwo, 0);

    EpochRun resumed = new EpochLoop(plan(20, 3, 1), new TrainingListener() {},
        CancellationToken.none()).run(again, stopped.state(), System.nanoTime());

    assertThat(resumed.cancelled()).isFalse();
    assertThat(resumed.state()).isEqualTo(stopped.state());
    assertThat(again.batches).isZero();
  }

  @Test
  void replayingAStoredCurveFindsTheBestEpochTheLoopFound() {
    FakeSteps steps = new FakeSteps(e -> 1.0, EpochLoopTest::dipAtTwo, 0);
    EpochRun run = new EpochLoop(plan(20, 3, 1), new TrainingListener() {},
        CancellationToken.none()).run(steps, EpochState.START, System.nanoTime());

    EarlyStopping replayed = EarlyStopping.replay(3, run.state().curve());

    assertThat(replayed.bestEpoch()).isEqualTo(run.state().bestEpoch());
    assertThat(replayed.bestLoss()).isEqualTo(run.state().bestLoss());
    assertThat(replayed.stopsAfter(run.state().epoch())).isTrue();
  }

  /** The curve without its timings. */
  private static List<List<Double>> scores(List<EpochMetrics> curve) {
    return curve.stream()
        .map(e -> List.of(e.trainLoss(), e.validationLoss(), e.validationMetric()))
        .toList();
  }
}
