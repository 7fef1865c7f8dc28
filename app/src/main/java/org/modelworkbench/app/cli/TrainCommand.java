package org.modelworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TextOptions;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code workbench train}: trains a model and records the run. */
@Command(name = "train", description = "Train a model on a dataset and record the run.")
final class TrainCommand extends ProjectCommand {
  @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset name (or NAME@VERSION). Required unless --resume.")
  String dataset;

  @Option(names = "--target", paramLabel = "COLUMN", description = "The column to predict. Required unless --resume.")
  String target;

  @Option(names = "--resume", paramLabel = "RUN_ID", description = "Continue a cancelled, failed or interrupted run from its last checkpoint, with its settings.")
  Long resume;

  @Option(names = "--freeze-epochs", paramLabel = "N", description = "Images with --base: epochs that train the new head alone at ten times the learning rate, before everything trains at the learning rate. Default: 2.")
  Integer freezeEpochs;

  @Option(names = "--augment", description = "Images: light random flips and shifts of the training images (off by default; leave off for digits and text).")
  boolean augment;

  @Option(names = "--task", paramLabel = "TASK", description = "classification or regression. Default: from the target.")
  Task task;

  @Option(names = "--model", paramLabel = "KIND", description = "mlp, linear, cnn (image datasets), tfidf (text) or encoder (text, with --base). Default: cnn for pictures, encoder with a text --base, tfidf for a dataset with a text column, else mlp.")
  ModelKind model;

  @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs. Default: 100 (early stopping ends sooner).")
  Integer epochs;

  @Option(names = "--batch-size", paramLabel = "N", description = "Rows per batch.")
  Integer batchSize;

  @Option(names = "--learning-rate", paramLabel = "X", description = "Adam learning rate. Default: 0.003 (mlp, cnn), 0.03 (linear).")
  Double learningRate;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the split, initialisation and shuffling. Default: 42.")
  Long seed;

  @Option(names = "--device", paramLabel = "DEVICE", description = "auto, cpu, gpu or gpu:N. Default: auto.")
  String device;

  @Option(names = "--hidden", split = ",", paramLabel = "N", description = "MLP hidden layer widths, first to last, e.g. 128,64. Default: 64,32.")
  List<Integer> hidden;

  @Option(names = "--threads", paramLabel = "N", description = "Engine threads (0 = default).")
  Integer threads;

  @Option(names = "--base", paramLabel = "MODEL", description = "Start from this project model (warm start); on images, a TorchScript model (or .pt file) to fine-tune; on text, a language model (built-in: bge-small-en-v1.5, all-minilm-l6-v2, bge-small-zh-v1.5, or one imported).")
  String base;

  @Option(names = "--strategy", paramLabel = "head|full", description = "With a TensorFlow SavedModel or a text encoder --base: full fine-tunes the whole model (a SavedModel through its own train signature); head trains a new head on its frozen features. Default: full (for a SavedModel: when it has a train signature, else head).")
  String strategy;

  @Option(names = "--max-tokens", paramLabel = "N", description = "With a text --base: the longest input read, in tokens; longer texts are cut. Default: 128 (at most the model's limit).")
  Integer maxTokens;

  @Option(names = "--head", paramLabel = "linear|mlp", description = "With a text --base and --strategy head: the head on the frozen encoder's embeddings. Default: linear.")
  String head;

  @Option(names = "--signature", paramLabel = "NAME", description = "With --strategy head: the SavedModel signature whose output gives the features. Default: features.")
  String signature;

  @Option(names = "--patience", paramLabel = "N", description = "Epochs without improvement before stopping early.")
  Integer patience;

  @Option(names = "--exclude", split = ",", paramLabel = "COLUMN", description = "Columns not to use as features.")
  List<String> exclude;

  @Option(names = "--strict", description = "Refuse to train on data with serious quality findings, and fail instead of falling back to the CPU when a GPU is asked for but missing.")
  boolean strict;

  @Override
  int execute(Workbench workbench) {
    if (resume != null) {
      return report(workbench, workbench.training().resume(resume, new StderrProgress(workbench),
          CancellationToken.none()));
    }
    if (dataset == null || target == null) {
      throw new WorkbenchException("Give --dataset and --target, or --resume RUN_ID to continue a stopped run.");
    }
    DatasetInfo data = workbench.datasets().find(dataset);
    ModelKind kind = model != null ? model : workbench.training().defaultKind(data, target, base);
    TrainingSettings d = TrainingSettings.defaults(target, kind);
    TrainingSettings settings = new TrainingSettings(target, task, d.modelKind(),
        epochs == null ? d.epochs() : epochs, batchSize == null ? d.batchSize() : batchSize,
        learningRate == null ? d.learningRate() : learningRate, seed == null ? d.seed() : seed,
        device == null ? d.device() : device, threads == null ? d.threads() : threads, base,
        hidden == null ? d.hiddenUnits() : hidden,
        patience == null ? d.patience() : patience, d.validationFraction(), d.testFraction(),
        exclude == null ? List.of() : exclude);
    TrainRequest request = new TrainRequest(data, settings, new ImageOptions(freezeEpochs, augment),
        new SavedModelOptions(strategy, signature), new TextOptions(maxTokens == null ? 0 : maxTokens, head),
        strict);
    RunInfo run = workbench.training().train(request, new StderrProgress(workbench), CancellationToken.none());
    return report(workbench, run);
  }

  private int report(Workbench workbench, RunInfo run) {
    ModelInfo modelInfo = run.modelId() == null ? null : workbench.catalog().model(run.modelId());
    if (json) {
      printJson(JsonViews.run(run, modelInfo));
    } else {
      out().println("Run " + run.id() + " " + run.status().label() + " on " + run.device().name()
          + (modelInfo == null ? "" : "; model '" + modelInfo.name() + "'"));
      if (run.testMetrics() != null) {
        out().println("Test metrics: " + TextViews.metrics(run.testMetrics()));
      }
    }
    return run.status() == RunStatus.COMPLETED ? 0 : WorkbenchCommand.EXIT_USER_ERROR;
  }

  /** One line per epoch on stderr, so stdout stays clean for JSON. */
  private final class StderrProgress implements TrainingObserver {
    private final Workbench workbench;
    private String metricName = "val_accuracy";

    StderrProgress(Workbench workbench) {
      this.workbench = workbench;
    }

    @Override
    public void started(long runId, DeviceInfo deviceInfo) {
      // The run knows the task its route decided, so the request is checked only once, by the route.
      metricName = workbench.catalog().run(runId).task() == Task.REGRESSION ? "val_rmse" : "val_accuracy";
      err().println("Run " + runId + ": training on " + deviceInfo.name());
      err().flush();
    }

    @Override
    public void epoch(long runId, EpochMetrics e, int maxEpochs) {
      err().println(String.format(Locale.ROOT,
          "epoch %d/%d  loss %.4f  val_loss %.4f  %s %.4f  %,.0f rows/s", e.epoch(), maxEpochs,
          e.trainLoss(), e.validationLoss(), metricName, e.validationMetric(), e.rowsPerSecond()));
      err().flush();
    }

    @Override
    public void notice(String message) {
      err().println("Note: " + message);
      err().flush();
    }

    /** Long epochs (text fine-tuning) say how they go about every half minute. */
    @Override
    public void step(long runId, int step, int totalSteps, double trainLoss, double secondsLeft) {
      long now = System.nanoTime();
      if (now - lastStep < STEP_REPORT_NANOS && step < totalSteps) {
        return;
      }
      lastStep = now;
      err().println(String.format(Locale.ROOT, "  step %,d/%,d  loss %.4f%s", step, totalSteps, trainLoss,
          secondsLeft < 0 ? "" : String.format(Locale.ROOT, "  about %s left", minutes(secondsLeft))));
      err().flush();
    }
  }

  private static final long STEP_REPORT_NANOS = 30_000_000_000L;
  private long lastStep = System.nanoTime();

  private static String minutes(double seconds) {
    return seconds < 90 ? Math.round(seconds) + " s" : Math.round(seconds / 60) + " min";
  }
}
