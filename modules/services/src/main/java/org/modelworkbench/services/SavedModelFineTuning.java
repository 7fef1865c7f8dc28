package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.ml.library.OutputScores;
import org.modelworkbench.ml.library.SavedModelSignatures;
import org.modelworkbench.ml.metrics.ClassificationMetricsCalculator;
import org.modelworkbench.ml.tensorflow.SavedModelResumePoint;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.ml.tensorflow.SavedModelTrainingRequest;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Fine-tunes a TensorFlow SavedModel from the library on a labelled dataset and records the run.
 * {@code full} drives the model's own {@code train} signature and keeps the best epoch as a new
 * SavedModel; {@code head} runs the model frozen as a feature extractor and trains a new head on
 * the feature vectors (see {@link SavedModelHeadTraining}). Either way every epoch leaves a
 * checkpoint, the kept model's lineage is base model → run → fine-tuned model, and the run records
 * the {@code strategy} used.
 */
final class SavedModelFineTuning {
  /** The kind of a kept head-on-features model. */
  static final String HEAD_KIND = "savedmodel-head";
  private static final String FEATURES = "features";

  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final RunModelKeeper keeper;
  private final SavedModelHeadTraining heads;

  SavedModelFineTuning(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
    this.keeper = new RunModelKeeper(database, catalog);
    this.heads = new SavedModelHeadTraining(database, catalog);
  }

  /** The {@code head} strategy's training, for resuming its runs. */
  SavedModelHeadTraining heads() {
    return heads;
  }

  /** Whether the settings' base model is a TensorFlow SavedModel of this project. */
  boolean appliesTo(TrainingSettings settings) {
    String base = settings.baseModel();
    return base != null && !base.isBlank() && database.models().findByName(base)
        .map(m -> "TensorFlow".equals(m.engine())).orElse(false);
  }

  /** Trains and records a run; see the class comment. */
  RunInfo train(DatasetInfo dataset, TrainingSettings settings, SavedModelOptions options,
      TrainingObserver observer, CancellationToken cancel, DeviceInfo device, DataSplit split) {
    ModelInfo base = catalog.model(settings.baseModel());
    ModelSignature signature = database.models().signature(base.id());
    boolean trainable = signature.signatures().stream().anyMatch(s -> s.name().equals(SavedModelTrainer.TRAIN));
    String strategy = options.strategy() != null ? options.strategy()
        : trainable ? SavedModelOptions.FULL : SavedModelOptions.HEAD;
    if (strategy.equals(SavedModelOptions.FULL) && !trainable) {
      throw new WorkbenchException("The SavedModel '" + base.name() + "' has no 'train' signature, so --strategy "
          + "full cannot drive it; use --strategy head (a new head on its features).");
    }
    String featureSignature = options.signature() != null ? options.signature()
        : signature.signatures().stream().anyMatch(s -> s.name().equals(FEATURES)) ? FEATURES
        : SavedModelRunner.SERVING;
    long runId = database.runs().start(dataset.id(), settings, Task.CLASSIFICATION, device, Map.of(), split);
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("strategy", strategy);
    if (strategy.equals(SavedModelOptions.HEAD)) {
      extra.put(SavedModelHead.SIGNATURE_SETTING, featureSignature);
    }
    database.runs().addHyperparameters(runId, extra, settings.asMap());
    observer.started(runId, device);
    try {
      Parts parts = parts(dataset, settings, split);
      Path runDir = database.artifacts().runDirectory(runId);
      RunEpochRecorder recorder = new RunEpochRecorder(database, runId, settings.epochs(), observer);
      return strategy.equals(SavedModelOptions.FULL)
          ? full(runId, dataset, settings, base, signature, parts, runDir, recorder, cancel,
              SavedModelResumePoint.START)
          : heads.train(runId, dataset, settings, base, signature, featureSignature, parts, recorder, cancel,
              false);
    } catch (RuntimeException e) {
      throw failed(runId, e);
    }
  }

  /** Records the run as failed and returns the exception to throw, with a plain message. */
  WorkbenchException failed(long runId, RuntimeException e) {
    String message = e instanceof WorkbenchException ? e.getMessage()
        : "Training failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    database.runs().finish(runId, RunStatus.FAILED, message, null, null);
    return new WorkbenchException(message, e);
  }

  /** The labelled training, validation and test rows. */
  record Parts(DataTable train, DataTable validation, DataTable test) {}

  /** The labelled rows of each part of the split. */
  Parts parts(DatasetInfo dataset, TrainingSettings settings, DataSplit split) {
    DataTable rows = database.datasets().rows(dataset.id());
    String target = settings.target();
    return new Parts(TargetRows.labelledOnly(rows.selectRows(split.train()), target),
        TargetRows.labelledOnly(rows.selectRows(split.validation()), target),
        TargetRows.labelledOnly(rows.selectRows(split.test()), target));
  }

  /**
   * The {@code full} strategy: trains through the model's train signature from {@code from} and
   * keeps the best epoch. A cancelled run keeps no model: it stays resumable from its checkpoints.
   */
  RunInfo full(long runId, DatasetInfo dataset, TrainingSettings settings, ModelInfo base,
      ModelSignature signature, Parts parts, Path runDir, RunEpochRecorder recorder, CancellationToken cancel,
      SavedModelResumePoint from) {
    Path baseFolder = database.artifacts().resolve(base.path());
    SignatureSpec serving = SavedModelInputs.signature(signature, SavedModelRunner.SERVING, base.name());
    int classes = (int) signature.outputCount();
    List<String> labels = labels(signature, classes);
    String target = settings.target();
    SavedModelInputs.Examples train = SavedModelInputs.of(parts.train(), serving, target, List.of(),
        database.artifacts(), signature.normalization());
    SavedModelInputs.Examples validation = SavedModelInputs.of(parts.validation(), serving, target, List.of(),
        database.artifacts(), signature.normalization());
    Path modelDir = runDir.resolve("model");
    TrainingOutcome outcome = new SavedModelTrainer().train(new SavedModelTrainingRequest(baseFolder,
        train.values(), classIndices(parts.train(), target, labels), validation.values(),
        classIndices(parts.validation(), target, labels), train.shape(), serving.name(), settings.epochs(),
        settings.batchSize(), settings.patience(), settings.seed(), runDir.resolve(ImageTrainingFlow.CHECKPOINTS),
        modelDir), from, recorder, cancel);
    if (outcome.cancelled() || outcome.bestEpoch() == 0) {
      StoppedRuns.finish(database, runId, cancel, outcome.bestEpoch() == 0
          ? "Cancelled by the user before an epoch ended." : "Cancelled by the user; resume the run to continue "
          + "from its last epoch.");
      return catalog.run(runId);
    }
    float[][] outputs = SavedModelScoring.run(modelDir, serving, parts.test(), target, List.of(),
        database.artifacts(), signature.normalization());
    Metrics metrics = ClassificationMetricsCalculator.compute(parts.test().textColumn(parts.test()
        .columnIndex(target)), OutputScores.probabilities(outputs), labels);
    try {
      LabelsFile.write(modelDir.resolve(LabelsFile.NAME), labels);
    } catch (java.io.IOException e) {
      throw new WorkbenchException("Could not write the labels of the fine-tuned model (" + e.getMessage() + ").", e);
    }
    ModelSignature kept = new ModelSignature(signature.inputKind(), signature.inputShape(), signature.outputShape(),
        labels, SavedModelSignatures.read(modelDir), null, null, null, "TensorFlow SavedModel fine-tuned from "
        + base.name() + " through its train signature (best epoch " + outcome.bestEpoch() + ")",
        signature.normalization());
    return keep(runId, dataset, base, modelDir, kept, metrics);
  }

  private RunInfo keep(long runId, DatasetInfo dataset, ModelInfo base, Path modelDir, ModelSignature signature,
      Metrics metrics) {
    return keeper.keep(runId, dataset, new RunModelKeeper.Kept("savedmodel", "TensorFlow", modelDir,
        Task.CLASSIFICATION, base.id(), signature), metrics);
  }

  /** The labels file's names, or 0…k-1. */
  private static List<String> labels(ModelSignature signature, int classes) {
    if (signature.labels().size() == classes) {
      return signature.labels();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      out.add(Integer.toString(i));
    }
    return out;
  }

  private static int[] classIndices(DataTable rows, String target, List<String> labels) {
    String[] values = rows.textColumn(rows.columnIndex(target));
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = labels.indexOf(values[i]);
      if (out[i] < 0) {
        throw new WorkbenchException("The class '" + values[i] + "' is not one of the model's " + labels.size()
            + " outputs (" + String.join(", ", labels) + "), so --strategy full cannot learn it; use --strategy "
            + "head, or import the model with a labels file that names it.");
      }
    }
    return out;
  }
}
