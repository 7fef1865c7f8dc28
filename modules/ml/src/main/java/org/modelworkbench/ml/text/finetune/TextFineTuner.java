package org.modelworkbench.ml.text.finetune;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.engine.NativeAllocator;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.training.EpochLoop;
import org.modelworkbench.ml.training.EpochPlan;
import org.modelworkbench.ml.training.EpochRun;
import org.modelworkbench.ml.training.EpochState;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.WorkbenchException;

/**
 * Fine-tunes a BERT-family encoder together with a new classification head: the full-training
 * route of text classification. See {@link FineTuneOptions} for the settings: AdamW with a lower
 * learning rate for the encoder than for the head, warm-up then linear decay, dropout, a token
 * limit, batches of similar-length texts, gradient accumulation, early stopping on validation
 * loss. Epochs run in the shared {@link EpochLoop}.
 *
 * <p><b>Checkpoints and resume.</b> The run's checkpoint folder receives a checkpoint after every
 * epoch, every {@link FineTuneOptions#checkpointSteps()} steps within an epoch, and when the run is
 * cancelled: the weights, AdamW's moments and the position (see {@link FineTuneCheckpoints}).
 * {@link #train} on a folder that holds one continues from it: the step count, schedule, batch
 * order and early-stopping state go on as if uninterrupted (dropout draws differ). A fresh run
 * needs an empty or missing folder.
 *
 * <p><b>Memory.</b> Each micro-batch's engine arrays are freed before the next; on a GPU, running
 * out of memory halves the micro-batch and goes on with the same batch.
 */
public final class TextFineTuner {
  private final FineTuneOptions options;
  private final Path checkpointDir;

  /**
   * A fine-tuner.
   *
   * @param options the settings
   * @param checkpointDir the run's checkpoint folder (created if missing); a resume passes the
   *     folder of the stopped run
   */
  public TextFineTuner(FineTuneOptions options, Path checkpointDir) {
    this.options = Objects.requireNonNull(options);
    this.checkpointDir = Objects.requireNonNull(checkpointDir);
  }

  /**
   * Whether a checkpoint folder holds a run to continue.
   *
   * @param checkpointDir the folder
   * @return true when it has a complete checkpoint
   */
  public static boolean canResume(Path checkpointDir) {
    try {
      return FineTuneCheckpoints.latest(checkpointDir).isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Trains, or continues the run in the checkpoint folder.
   *
   * @param base the pretrained encoder (not read when resuming)
   * @param labels the classes; texts' classes index this list
   * @param train the training texts
   * @param validation the validation texts, which drive early stopping and pick the best epoch
   * @param device where to train, or null for the engine's default (a GPU when there is one)
   * @param listener receives steps, epochs and notices; {@code onStart} is left to the caller,
   *     which knows the device it resolved
   * @param cancel checked between steps
   * @return the best epoch's classifier (null if no epoch finished) and the run's figures
   * @throws IOException if the base model or a checkpoint cannot be read
   * @throws WorkbenchException for unusable data, a checkpoint of another run, a diverged loss
   *     or a checkpoint that cannot be written
   */
  public FineTuneResult train(BaseEncoder base, List<String> labels, LabelledTexts train,
      LabelledTexts validation, Device device, FineTuneListener listener,
      CancellationToken cancel) throws IOException {
    try (NativeAllocator.Scope memory = NativeAllocator.returnFreedMemory()) {
      return trainWithin(base, labels, train, validation, device, listener, cancel);
    }
  }

  private FineTuneResult trainWithin(BaseEncoder base, List<String> labels, LabelledTexts train,
      LabelledTexts validation, Device device, FineTuneListener listener,
      CancellationToken cancel) throws IOException {
    check(labels, train, validation);
    EngineSetup.engine().setRandomSeed(Long.hashCode(options.seed()));
    Files.createDirectories(checkpointDir);
    Optional<Path> checkpoint = FineTuneCheckpoints.latest(checkpointDir);
    CheckpointProgress progress = null;
    if (checkpoint.isPresent()) {
      progress = FineTuneCheckpoints.progress(checkpoint.get());
      checkResumable(progress, labels, train);
    }
    // Built in its own method, so nothing of the weights as read stays reachable from here.
    FineTunedTextClassifier classifier = build(base, labels, checkpoint, device);
    FineTunedTextClassifier.returnLoadingMemory();
    try {
      GroupedAdamW optimizer = new GroupedAdamW(classifier.block().namedParameters(),
          options.encoderLearningRate(), options.headLearningRate(), options.weightDecay(),
          options.maxGradNorm(), classifier.manager());
      if (progress != null) {
        optimizer.restore(FineTuneCheckpoints.optimizerState(checkpoint.get()), progress.step());
        FineTunedTextClassifier.returnLoadingMemory();
      }
      EpochPlan plan = new EpochPlan(train.size(), options.epochs(), options.batchSize(),
          options.patience(), options.seed());
      LinearWarmup schedule = LinearWarmup.of(plan.batches() * options.epochs(),
          options.warmupShare());
      EpochState from = progress == null ? EpochState.START : progress.state();
      int micro = progress == null ? options.effectiveMicroBatch() : progress.microBatch();
      FineTuneSteps steps = new FineTuneSteps(classifier, optimizer,
          new FineTuneSteps.Setup(options, labels, checkpointDir, plan.batches(), schedule),
          train, validation, micro, from, listener);
      EpochRun run = new EpochLoop(plan, listener, cancel).run(steps, from, System.nanoTime(),
          progress == null ? null : progress.position());
      if (run.cancelled()) {
        steps.checkpointNow();
      }
      int steps0 = optimizer.steps();
      classifier.close();
      classifier = null;
      FineTunedTextClassifier best = run.state().bestEpoch() > 0
          ? FineTunedTextClassifier.load(FineTuneCheckpoints.best(checkpointDir), device) : null;
      return new FineTuneResult(best, run.cancelled(), run.state().curve(),
          run.state().bestEpoch(), steps0, steps.microBatch());
    } finally {
      if (classifier != null) {
        classifier.close();
      }
    }
  }

  private FineTunedTextClassifier build(BaseEncoder base, List<String> labels,
      Optional<Path> checkpoint, Device device) throws IOException {
    if (checkpoint.isPresent()) {
      ClassifierFolder.Content c = ClassifierFolder.read(checkpoint.get());
      return FineTunedTextClassifier.create(withDropout(c.encoder()), c.tokenizerJson(), labels,
          c.maxTokens(), options.dropout(), options.seed(), device);
    }
    BaseEncoder.Read read = base.read();
    return FineTunedTextClassifier.create(withDropout(read.weights()), read.tokenizerJson(),
        labels, options.maxTokens(), options.dropout(), options.seed(), device);
  }

  private BertWeights withDropout(BertWeights w) {
    return new BertWeights(w.config().withDropout(options.dropout(), options.dropout()),
        w.tensors());
  }

  private static void check(List<String> labels, LabelledTexts train, LabelledTexts validation) {
    if (labels.size() < 2) {
      throw new WorkbenchException("Fine-tuning needs at least two classes; the data has "
          + labels.size() + ".");
    }
    if (train.size() == 0 || validation.size() == 0) {
      throw new WorkbenchException("Fine-tuning needs texts in both the training and the "
          + "validation split.");
    }
    for (LabelledTexts split : List.of(train, validation)) {
      for (int c : split.classes()) {
        if (c < 0 || c >= labels.size()) {
          throw new IllegalArgumentException("class " + c + " is not one of the "
              + labels.size() + " labels");
        }
      }
    }
  }

  private void checkResumable(CheckpointProgress p, List<String> labels, LabelledTexts train) {
    if (!p.labels().equals(labels) || p.rows() != train.size()
        || p.batchSize() != options.batchSize() || p.seed() != options.seed()) {
      throw new WorkbenchException("The checkpoint in '" + checkpointDir + "' belongs to another "
          + "run (other labels, data, batch size or seed), so it cannot be resumed with these "
          + "settings; start a fresh run in a new folder.");
    }
  }
}
