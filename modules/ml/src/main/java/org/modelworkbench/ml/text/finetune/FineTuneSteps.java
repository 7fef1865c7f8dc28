package org.modelworkbench.ml.text.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.text.TokenBatch;
import org.modelworkbench.ml.text.TokenizedText;
import org.modelworkbench.ml.training.EpochPosition;
import org.modelworkbench.ml.training.EpochScore;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.ml.training.EpochSteps;
import org.modelworkbench.ml.training.GradientLock;
import org.modelworkbench.ml.training.OutOfMemoryRetry;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fine-tuning route's part of the shared epoch loop: batches of similar-length texts
 * ({@link LengthBucketOrder}), each trained as one or more micro-batches whose gradients add up
 * before one {@link GroupedAdamW} step on the {@link LinearWarmup} schedule; validation loss and
 * accuracy; the best epoch's classifier; and checkpoints after every epoch and every N steps.
 */
final class FineTuneSteps implements EpochSteps {
  /** The run's fixed parts. */
  record Setup(FineTuneOptions options, List<String> labels, Path checkpointDir,
      int batchesPerEpoch, LinearWarmup schedule) {}

  /** Times a batch with non-finite gradients is computed again before its step goes ahead. */
  private static final int RECOMPUTES = 2;
  private static final Logger LOG = LoggerFactory.getLogger(FineTuneSteps.class);
  private final FineTunedTextClassifier classifier;
  private final GroupedAdamW optimizer;
  private final Setup setup;
  private final List<TokenizedText> tokens;
  private final int[] lengths;
  private final int[] classes;
  private final LabelledTexts validation;
  private final FineTuneListener listener;
  private final ParameterStore store;
  private final Loss loss = Loss.softmaxCrossEntropyLoss();
  private final long startNanos = System.nanoTime();
  private int microBatch;
  private int epoch;
  private long rowsTrained;
  private EpochState lastState;
  private EpochPosition lastPosition;
  private int checkpointedStep = -1;

  FineTuneSteps(FineTunedTextClassifier classifier, GroupedAdamW optimizer, Setup setup,
      LabelledTexts train, LabelledTexts validation, int microBatch, EpochState from,
      FineTuneListener listener) {
    this.classifier = classifier;
    this.optimizer = optimizer;
    this.setup = setup;
    this.tokens = classifier.tokenizer().encode(train.texts());
    this.lengths = tokens.stream().mapToInt(TokenizedText::length).toArray();
    this.classes = train.classes();
    this.validation = validation;
    this.microBatch = microBatch;
    this.lastState = from;
    this.listener = listener;
    this.store = new ParameterStore(classifier.manager(), false);
    this.checkpointedStep = optimizer.steps();
  }

  /** Texts per forward pass now. */
  int microBatch() {
    return microBatch;
  }

  @Override
  public void startEpoch(int e) {
    epoch = e;
  }

  @Override
  public int[] arrange(int e, int[] shuffled) {
    return LengthBucketOrder.arrange(shuffled, lengths, setup.options().batchSize(),
        setup.options().seed(), e);
  }

  @Override
  public double trainBatch(int[] order, int from, int to) {
    while (true) {
      try {
        double value = step(order, from, to);
        report(value, to - from);
        return value;
      } catch (RuntimeException e) {
        if (!OutOfMemoryRetry.isOutOfMemory(e) || microBatch <= 1) {
          throw e;
        }
        optimizer.zeroGradients();
        int next = microBatch / 2;
        listener.onNotice("The GPU ran out of memory with " + microBatch + " texts per pass; "
            + "training continues with " + next + " (the batch of "
            + setup.options().batchSize() + " is kept by adding up gradients).");
        microBatch = next;
      }
    }
  }

  /**
   * Forward and backward over the micro-batches, then one optimiser step; the batch's loss.
   *
   * <p>On this engine's CPU kernels a backward pass now and then returns NaN gradients for a
   * batch whose loss is finite, and the same batch on the same weights computed again gives
   * finite ones (seen with bge-small-en on 2 cores, with one thread, without dropout and with no
   * garbage collection, so not a race or a freed buffer of ours). An update from such a gradient
   * would make every weight NaN and end the run, so the batch is computed again instead. A batch
   * that stays non-finite is a real divergence, and the step goes ahead so the epoch reports it.
   */
  private double step(int[] order, int from, int to) {
    synchronized (GradientLock.LOCK) {
      double batchLoss = forwardBackward(order, from, to);
      double norm = optimizer.gradientNorm();
      for (int again = 0; again < RECOMPUTES
          && !(Double.isFinite(norm) && Double.isFinite(batchLoss)); again++) {
        LOG.warn("Step {}: gradient norm {}, loss {}; computing the batch again", optimizer.steps() + 1,
            norm, batchLoss);
        optimizer.zeroGradients();
        batchLoss = forwardBackward(order, from, to);
        norm = optimizer.gradientNorm();
      }
      optimizer.step(setup.schedule().factor(optimizer.steps()), norm);
      return batchLoss;
    }
  }

  /** Forward and backward over the micro-batches, adding up their gradients; the batch's loss. */
  private double forwardBackward(int[] order, int from, int to) {
    int rows = to - from;
    int maxTokens = classifier.maxTokens();
    double lossSum = 0;
    try (GradientCollector collector = classifier.manager().getEngine().newGradientCollector()) {
      for (int m = from; m < to; m += microBatch) {
        int end = Math.min(to, m + microBatch);
        List<TokenizedText> batch = new ArrayList<>(end - m);
        float[] y = new float[end - m];
        for (int i = m; i < end; i++) {
          batch.add(tokens.get(order[i]));
          y[i - m] = classes[order[i]];
        }
        // Every micro-batch's arrays, its autograd graph included, are freed before the next.
        try (NDManager scope = classifier.manager().newSubManager()) {
          NDList inputs = TokenBatch.bucketed(batch, maxTokens).toNDList(scope);
          NDArray logits = classifier.block().forward(store, inputs, true).singletonOrThrow();
          NDArray value = loss.evaluate(new NDList(scope.create(y)), new NDList(logits));
          lossSum += value.getFloat() * (end - m);
          // Weighted so the gradients of the micro-batches add up to the batch mean's.
          collector.backward(value.mul((end - m) / (float) rows));
        }
      }
    }
    return lossSum / rows;
  }

  private void report(double value, int rows) {
    rowsTrained += rows;
    double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    double textsPerSecond = rowsTrained / seconds;
    int step = optimizer.steps();
    int total = setup.schedule().totalSteps();
    double left = Math.max(0, total - step) * (double) setup.options().batchSize()
        / textsPerSecond;
    float rate = setup.options().encoderLearningRate() * setup.schedule().factor(step - 1);
    listener.onStep(new FineTuneStep(step, total, epoch, value, rate, textsPerSecond, left));
  }

  @Override
  public void afterBatch(EpochPosition position) {
    lastPosition = position;
    int every = setup.options().checkpointSteps();
    if (every > 0 && optimizer.steps() % every == 0
        && position.batchesDone() < setup.batchesPerEpoch()) {
      writeCheckpoint(position);
    }
  }

  /** Mean cross-entropy and accuracy on the validation texts. */
  @Override
  public EpochScore validate() {
    double[][] p = classifier.probabilities(validation.texts(), null, ProgressListener.NONE,
        CancellationToken.none());
    double lossSum = 0;
    int correct = 0;
    for (int r = 0; r < p.length; r++) {
      int truth = validation.classes()[r];
      lossSum -= Math.log(Math.max(p[r][truth], 1e-12));
      int best = 0;
      for (int c = 1; c < p[r].length; c++) {
        if (p[r][c] > p[r][best]) {
          best = c;
        }
      }
      correct += best == truth ? 1 : 0;
    }
    return new EpochScore(lossSum / p.length, correct / (double) p.length);
  }

  @Override
  public void keepBest(int e) {
    try {
      FineTuneCheckpoints.writeBest(setup.checkpointDir(), classifier);
    } catch (IOException ex) {
      throw new WorkbenchException("The model of epoch " + e + " could not be saved to '"
          + FineTuneCheckpoints.best(setup.checkpointDir()) + "': " + ex.getMessage(), ex);
    }
  }

  @Override
  public void checkpoint(EpochState state) {
    lastState = state;
    lastPosition = null;
    writeCheckpoint(null);
  }

  /** After cancellation: a checkpoint of the last finished step, unless one exists. */
  void checkpointNow() {
    if (optimizer.steps() != checkpointedStep) {
      writeCheckpoint(lastPosition);
    }
  }

  private void writeCheckpoint(EpochPosition position) {
    EpochState s = lastState;
    CheckpointProgress progress = new CheckpointProgress(CheckpointProgress.FORMAT,
        optimizer.steps(), s.epoch(), s.curve(), s.bestEpoch(),
        Double.isInfinite(s.bestLoss()) ? null : s.bestLoss(), s.elapsedMillis(), position,
        microBatch, setup.options().seed(), setup.labels(), classes.length,
        setup.options().batchSize());
    try {
      FineTuneCheckpoints.write(setup.checkpointDir(), classifier, optimizer, progress);
      checkpointedStep = optimizer.steps();
    } catch (IOException ex) {
      throw new WorkbenchException("The checkpoint after step " + optimizer.steps()
          + " could not be saved to '" + setup.checkpointDir() + "': " + ex.getMessage(), ex);
    }
  }
}
