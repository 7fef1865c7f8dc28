package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.ml.TabularModel;
import org.modelworkbench.ml.TabularTrainer;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.ml.TrainingRequest;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.store.ProjectDatabase;

/**
 * The {@code head} strategy of SavedModel fine-tuning: the SavedModel runs frozen over the split's
 * rows as a feature extractor, and a new PyTorch head (MLP or linear) trains on the feature
 * vectors, writing a checkpoint into the run's {@value ImageTrainingFlow#CHECKPOINTS} folder after
 * every epoch. A stopped run continues from its last checkpoint: the frozen model gives the same
 * features again, and the head's training resumes with the same shuffling and early-stopping state.
 */
final class SavedModelHeadTraining {
  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final RunModelKeeper keeper;

  SavedModelHeadTraining(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
    this.keeper = new RunModelKeeper(database, catalog);
  }

  /** Whether the run's head left a checkpoint to continue from. */
  boolean hasCheckpoint(long runId) {
    return TabularTrainer.hasCheckpoint(checkpointDir(runId));
  }

  /**
   * Trains the head afresh or, with {@code resume}, from the run's last checkpoint, and ends the
   * run: completed with the kept model and its test metrics, or cancelled (resumable).
   *
   * @param signature the base model's recorded signatures
   * @param featureSignature the signature whose first output gives the features
   */
  RunInfo train(long runId, DatasetInfo dataset, TrainingSettings settings, ModelInfo base,
      ModelSignature signature, String featureSignature, SavedModelFineTuning.Parts parts,
      RunEpochRecorder recorder, CancellationToken cancel, boolean resume) {
    Path baseFolder = database.artifacts().resolve(base.path());
    SignatureSpec spec = SavedModelInputs.signature(signature, featureSignature, base.name());
    String target = settings.target();
    ImageNormalization normalization = signature.normalization();
    DataTable train = features(baseFolder, spec, parts.train(), target, normalization);
    DataTable validation = features(baseFolder, spec, parts.validation(), target, normalization);
    List<String> columns = new ArrayList<>(train.columnNames());
    columns.remove(target);
    ModelKind kind = headKind(settings);
    Path modelDir = database.artifacts().runDirectory(runId).resolve("model");
    TrainingRequest request = new TrainingRequest(train, validation, columns, target, Task.CLASSIFICATION,
        headSettings(settings, kind), modelDir, null, checkpointDir(runId));
    TabularTrainer trainer = new TabularTrainer();
    TrainingOutcome outcome = resume ? trainer.resume(request, recorder, cancel)
        : trainer.train(request, recorder, cancel);
    if (resume) {
      // The checkpoint's curve is authoritative: fills an epoch a crash kept out of the store.
      outcome.curve().forEach(epoch -> database.runs().addEpoch(runId, epoch));
    }
    if (outcome.cancelled() || outcome.bestEpoch() == 0) {
      StoppedRuns.finish(database, runId, cancel, outcome.curve().isEmpty()
          ? "Cancelled by the user before an epoch ended." : "Cancelled by the user; resume the run to continue "
          + "from its last epoch.");
      return catalog.run(runId);
    }
    DataTable test = features(baseFolder, spec, parts.test(), target, normalization);
    Metrics metrics;
    List<String> labels;
    try (TabularModel loaded = TabularModel.load(modelDir)) {
      metrics = MetricsScorer.score(loaded, test, target);
      labels = loaded.classLabels();
    }
    // The head's inputs are the base's, normalised as the base expects.
    ModelSignature kept = new ModelSignature(signature.inputKind(), signature.inputShape(),
        List.of((long) labels.size()), labels, List.of(), null, null, null, "A new " + kind.label()
        + " head on the '" + featureSignature + "' output of the SavedModel " + base.name() + " (kept frozen)",
        normalization);
    return keeper.keep(runId, dataset, new RunModelKeeper.Kept(SavedModelFineTuning.HEAD_KIND, "PyTorch",
        modelDir, Task.CLASSIFICATION, base.id(), kept), metrics);
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
    float[][] values = SavedModelScoring.run(baseFolder, spec, rows, target, List.of(), database.artifacts(),
        normalization);
    return SavedModelHead.featureTable(values, target, rows.textColumn(rows.columnIndex(target)));
  }

  private Path checkpointDir(long runId) {
    return database.artifacts().runDirectory(runId).resolve(ImageTrainingFlow.CHECKPOINTS);
  }
}
