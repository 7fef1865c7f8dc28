package org.modelworkbench.services.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.library.OutputScores;
import org.modelworkbench.ml.library.SavedModelSignatures;
import org.modelworkbench.ml.metrics.ClassificationMetricsCalculator;
import org.modelworkbench.ml.tensorflow.SavedModelResumePoint;
import org.modelworkbench.ml.tensorflow.SavedModelRunner;
import org.modelworkbench.ml.tensorflow.SavedModelTrainer;
import org.modelworkbench.ml.tensorflow.SavedModelTrainingRequest;
import org.modelworkbench.ml.training.EpochFolders;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.library.LabelsFile;
import org.modelworkbench.services.library.SavedModelInputs;
import org.modelworkbench.services.scoring.SavedModelScoring;

/**
 * The {@code full} strategy of SavedModel fine-tuning: drives the model's own {@code train}
 * signature and keeps the best epoch as a new SavedModel. Every epoch leaves a SavedModel
 * checkpoint; a stopped run continues from the one of its last stored epoch, with the
 * early-stopping state (best epoch and lowest validation loss, as the shared epoch loop judges
 * them) read back from its stored curve.
 * The kept model's lineage is base model → run → fine-tuned model.
 */
final class SavedModelFullRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "savedmodel-full";

  private final TrainingContext context;

  SavedModelFullRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A SavedModel base, asked for {@code full} or, by default, with a {@code train} signature. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return SavedModelBase.of(context, request)
        .map(base -> base.strategy(request.savedModel()).equals(SavedModelOptions.FULL)).orElse(false);
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return EnumSet.of(RouteOption.STRATEGY);
  }

  @Override
  public Task validate(TrainRequest request) {
    SavedModelBase.checkData(context, request);
    SavedModelBase base = SavedModelBase.of(context, request).orElseThrow();
    if (!base.trainable()) {
      throw new WorkbenchException("The SavedModel '" + base.model().name() + "' has no 'train' signature, so "
          + "--strategy full cannot drive it; use --strategy head (a new head on its features).");
    }
    return Task.CLASSIFICATION;
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    validate(request);
    SavedModelBase base = SavedModelBase.of(context, request).orElseThrow();
    DatasetInfo dataset = request.dataset();
    TrainingSettings settings = request.settings();
    DeviceInfo device = RunDevice.resolve(settings, request.strict(), observer);
    DataSplit split = LabelledSplit.of(context.database().datasets().rows(dataset.id()), settings,
        Task.CLASSIFICATION);
    RecordedRun run = RecordedRun.start(context, this, dataset, settings, Task.CLASSIFICATION, device, split,
        Map.of(SavedModelBase.STRATEGY_SETTING, SavedModelOptions.FULL), observer, cancel);
    return run.guard(() -> train(run, dataset, settings, base, split, SavedModelResumePoint.START, cancel));
  }

  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = RecordedRun.datasetOf(context, stopped);
    TrainingSettings settings = RecordedRun.settingsOf(stopped);
    SavedModelBase base = SavedModelBase.ofRun(context, settings);
    DataSplit split = context.database().runs().split(stopped.id());
    RecordedRun run = RecordedRun.reopen(context, stopped, dataset, settings, observer, cancel);
    return run.guard(() -> train(run, dataset, settings, base, split,
        SavedModelResumePoint.after(context.database().runs().curve(stopped.id())), cancel));
  }

  /** Whether the SavedModel checkpoint of the run's last stored epoch is there. */
  @Override
  public boolean hasCheckpoint(RunInfo run) {
    List<EpochMetrics> curve = context.database().runs().curve(run.id());
    return !curve.isEmpty() && Files.isRegularFile(EpochFolders.of(RecordedRun.checkpoints(context, run.id()),
        curve.size()).resolve("saved_model.pb"));
  }

  /**
   * Trains through the model's train signature from {@code from} and keeps the best epoch. A
   * cancelled run keeps no model: it stays resumable from its checkpoints.
   */
  private RunInfo train(RecordedRun run, DatasetInfo dataset, TrainingSettings settings, SavedModelBase base,
      DataSplit split, SavedModelResumePoint from, CancellationToken cancel) {
    SavedModelBase.Parts parts = SavedModelBase.parts(context, dataset, settings, split);
    ModelSignature signature = base.signature();
    Path baseFolder = context.database().artifacts().resolve(base.model().path());
    SignatureSpec serving = SavedModelInputs.signature(signature, SavedModelRunner.SERVING, base.model().name());
    int classes = (int) signature.outputCount();
    List<String> labels = labels(signature, classes);
    String target = settings.target();
    var artifacts = context.database().artifacts();
    SavedModelInputs.Examples train = SavedModelInputs.of(parts.train(), serving, target, List.of(),
        artifacts, signature.normalization());
    SavedModelInputs.Examples validation = SavedModelInputs.of(parts.validation(), serving, target, List.of(),
        artifacts, signature.normalization());
    TrainingOutcome outcome = new SavedModelTrainer().train(new SavedModelTrainingRequest(baseFolder,
        train.values(), classIndices(parts.train(), target, labels), validation.values(),
        classIndices(parts.validation(), target, labels), train.shape(), serving.name(), settings.epochs(),
        settings.batchSize(), settings.patience(), settings.seed(), run.checkpoints(), run.modelDir()),
        from, run.epochs(), cancel);
    if (outcome.cancelled() || outcome.bestEpoch() == 0) {
      return run.cancelled(outcome.bestEpoch() == 0 ? RunEndings.CANCELLED_BEFORE_AN_EPOCH
          : RunEndings.CANCELLED_RESUMABLE);
    }
    float[][] outputs = SavedModelScoring.run(run.modelDir(), serving, parts.test(), target, List.of(),
        artifacts, signature.normalization());
    Metrics metrics = ClassificationMetricsCalculator.compute(parts.test().textColumn(parts.test()
        .columnIndex(target)), OutputScores.probabilities(outputs), labels);
    try {
      LabelsFile.write(run.modelDir().resolve(LabelsFile.NAME), labels);
    } catch (IOException e) {
      throw new WorkbenchException("Could not write the labels of the fine-tuned model (" + e.getMessage() + ").", e);
    }
    ModelSignature kept = new ModelSignature(signature.inputKind(), signature.inputShape(), signature.outputShape(),
        labels, SavedModelSignatures.read(run.modelDir()), null, null, null, "TensorFlow SavedModel fine-tuned from "
        + base.model().name() + " through its train signature (best epoch " + outcome.bestEpoch() + ")",
        signature.normalization());
    return run.keep(new KeptModel("savedmodel", "TensorFlow", run.modelDir(), Task.CLASSIFICATION,
        base.model().id(), kept), metrics);
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
