package org.modelworkbench.services.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.ml.tabular.TabularTrainer;
import org.modelworkbench.ml.tabular.TrainingRequest;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.library.SavedModelFeatures;
import org.modelworkbench.services.library.SavedModelHeadBase;
import org.modelworkbench.services.library.SavedModelInputs;
import org.modelworkbench.services.scoring.MetricsScorer;
import org.modelworkbench.services.scoring.SavedModelScoring;

/**
 * The {@code head} strategy of SavedModel fine-tuning: the SavedModel runs frozen over the split's
 * rows as a feature extractor (the signature asked for, else {@code features}, else
 * {@code serving_default}), and a new PyTorch head (MLP or linear) trains on the feature vectors,
 * writing a checkpoint after every epoch. A stopped run continues from its last checkpoint: the
 * frozen model gives the same features again, and the head's training resumes with the same
 * shuffling and early-stopping state. The kept model's lineage is base model → run → head.
 */
final class SavedModelHeadRoute implements TrainingRoute {
  /** The route's name on its runs, also the library kind of the heads it keeps. */
  static final String NAME = SavedModelHeadBase.HEAD_KIND;

  private final TrainingContext context;

  SavedModelHeadRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A SavedModel base, asked for {@code head} or, by default, without a {@code train} signature. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return SavedModelBase.of(context, request)
        .map(base -> base.strategy(request.savedModel()).equals(SavedModelOptions.HEAD)).orElse(false);
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return EnumSet.of(RouteOption.STRATEGY, RouteOption.SIGNATURE);
  }

  /** Also checks that the feature signature is one the model has (read from the library, no engine). */
  @Override
  public Task validate(TrainRequest request) {
    SavedModelBase.checkData(context, request);
    SavedModelBase base = SavedModelBase.of(context, request).orElseThrow();
    SavedModelInputs.signature(base.signature(), base.featureSignature(request.savedModel()), base.model().name());
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
    String featureSignature = base.featureSignature(request.savedModel());
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put(SavedModelBase.STRATEGY_SETTING, SavedModelOptions.HEAD);
    extra.put(SavedModelHeadBase.SIGNATURE_SETTING, featureSignature);
    RecordedRun run = RecordedRun.start(context, this, dataset, settings, Task.CLASSIFICATION, device, split,
        extra, observer, cancel);
    return run.guard(() -> train(run, dataset, settings, base, featureSignature, split, cancel, false));
  }

  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = RecordedRun.datasetOf(context, stopped);
    TrainingSettings settings = RecordedRun.settingsOf(stopped);
    SavedModelBase base = SavedModelBase.ofRun(context, settings);
    DataSplit split = context.database().runs().split(stopped.id());
    String featureSignature = stopped.hyperparameters().get(SavedModelHeadBase.SIGNATURE_SETTING);
    RecordedRun run = RecordedRun.reopen(context, stopped, dataset, settings, observer, cancel);
    return run.guard(() -> train(run, dataset, settings, base, featureSignature, split, cancel, true));
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return TabularTrainer.hasCheckpoint(RecordedRun.checkpoints(context, run.id()));
  }

  /**
   * Trains the head afresh or, with {@code resume}, from the run's last checkpoint, and ends the
   * run: completed with the kept model and its test metrics, or cancelled (resumable).
   */
  private RunInfo train(RecordedRun run, DatasetInfo dataset, TrainingSettings settings, SavedModelBase base,
      String featureSignature, DataSplit split, CancellationToken cancel, boolean resume) {
    SavedModelBase.Parts parts = SavedModelBase.parts(context, dataset, settings, split);
    Path baseFolder = context.database().artifacts().resolve(base.model().path());
    ModelSignature signature = base.signature();
    SignatureSpec spec = SavedModelInputs.signature(signature, featureSignature, base.model().name());
    String target = settings.target();
    ImageNormalization normalization = signature.normalization();
    DataTable train = features(baseFolder, spec, parts.train(), target, normalization);
    DataTable validation = features(baseFolder, spec, parts.validation(), target, normalization);
    List<String> columns = new ArrayList<>(train.columnNames());
    columns.remove(target);
    ModelKind kind = headKind(settings);
    TrainingRequest request = new TrainingRequest(train, validation, columns, target, Task.CLASSIFICATION,
        headSettings(settings, kind), run.modelDir(), null, run.checkpoints());
    TabularTrainer trainer = new TabularTrainer();
    TrainingOutcome outcome = resume ? trainer.resume(request, run.epochs(), cancel)
        : trainer.train(request, run.epochs(), cancel);
    if (resume) {
      run.recordCurve(outcome.curve());
    }
    if (outcome.cancelled() || outcome.bestEpoch() == 0) {
      return run.cancelled(outcome.curve().isEmpty() ? RunEndings.CANCELLED_BEFORE_AN_EPOCH
          : RunEndings.CANCELLED_RESUMABLE);
    }
    DataTable test = features(baseFolder, spec, parts.test(), target, normalization);
    Metrics metrics;
    List<String> labels;
    try (TabularModel loaded = TabularModel.load(run.modelDir())) {
      metrics = MetricsScorer.score(loaded, test, target);
      labels = loaded.classLabels();
    }
    // The head's inputs are the base's, normalised as the base expects.
    ModelSignature kept = new ModelSignature(signature.inputKind(), signature.inputShape(),
        List.of((long) labels.size()), labels, List.of(), null, null, null, "A new " + kind.label()
        + " head on the '" + featureSignature + "' output of the SavedModel " + base.model().name()
        + " (kept frozen)", normalization);
    return run.keep(new KeptModel(SavedModelHeadBase.HEAD_KIND, "PyTorch", run.modelDir(), Task.CLASSIFICATION,
        base.model().id(), kept), metrics);
  }

  /** An MLP head unless the run asked for a linear one. */
  private static ModelKind headKind(TrainingSettings settings) {
    return settings.modelKind() == ModelKind.LINEAR ? ModelKind.LINEAR : ModelKind.MLP;
  }

  /** The run's settings for a tabular model of the feature columns. */
  private static TrainingSettings headSettings(TrainingSettings settings, ModelKind kind) {
    return new TrainingSettings(settings.target(), Task.CLASSIFICATION, kind, settings.epochs(),
        settings.batchSize(), settings.learningRate(), settings.seed(), settings.device(), settings.threads(), null,
        settings.hiddenUnits(), settings.patience(), settings.validationFraction(), settings.testFraction(),
        List.of());
  }

  /** The feature vectors of the rows as columns {@code f0…fN}, plus the target. */
  private DataTable features(Path baseFolder, SignatureSpec spec, DataTable rows, String target,
      ImageNormalization normalization) {
    float[][] values = SavedModelScoring.run(baseFolder, spec, rows, target, List.of(),
        context.database().artifacts(), normalization);
    return SavedModelFeatures.featureTable(values, target, rows.textColumn(rows.columnIndex(target)));
  }
}
