package org.modelworkbench.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.modelworkbench.ml.image.ImageShape;
import org.modelworkbench.ml.image.ImageTrainer;
import org.modelworkbench.ml.image.ImageTrainingRequest;
import org.modelworkbench.ml.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains on an image dataset, or continues a stopped image run from its checkpoint, and records
 * the run like a tabular one: split, device, curve, test metrics and the kept model.
 */
final class ImageTrainingFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ImageTrainingFlow.class);
  /** The run's checkpoint folder, inside its artifact folder. */
  static final String CHECKPOINTS = "checkpoints";

  private final ProjectDatabase database;
  private final CatalogService catalog;
  private final RunModelKeeper keeper;

  ImageTrainingFlow(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
    this.keeper = new RunModelKeeper(database, catalog);
  }

  /** Starts a new image run; see {@link TrainingService#train}. */
  RunInfo train(DatasetInfo dataset, TrainingSettings settings, ImageOptions options,
      TrainingObserver observer, CancellationToken cancel, DeviceInfo device, DataSplit split) {
    TrainingSettings effective = imageSettings(settings);
    long runId = database.runs().start(dataset.id(), effective, Task.CLASSIFICATION, device, Map.of(), split);
    observer.started(runId, device);
    return run(runId, dataset, effective, options, split, observer, cancel);
  }

  /** Continues a stopped run from its last checkpoint with its stored settings. */
  RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    if (!hasCheckpoint(stopped.id())) {
      throw new WorkbenchException("Run " + stopped.id() + " has no checkpoint to continue from; train it again instead.");
    }
    DatasetInfo dataset = database.datasets().find(stopped.datasetId())
        .orElseThrow(() -> new WorkbenchException("The dataset of run " + stopped.id() + " no longer exists."));
    TrainingSettings settings = SettingsText.parse(stopped.hyperparameters());
    DataSplit split = database.runs().split(stopped.id());
    database.runs().reopen(stopped.id());
    observer.started(stopped.id(), stopped.device());
    return run(stopped.id(), dataset, settings, ImageOptions.defaults(), split, observer, cancel);
  }

  /** Whether the run left a checkpoint to continue from. */
  boolean hasCheckpoint(long runId) {
    return ImageTrainer.hasCheckpoint(database.artifacts().runDirectory(runId).resolve(CHECKPOINTS));
  }

  private RunInfo run(long runId, DatasetInfo dataset, TrainingSettings settings, ImageOptions options,
      DataSplit split, TrainingObserver observer, CancellationToken cancel) {
    Path runDir = database.artifacts().runDirectory(runId);
    Path modelDir = runDir.resolve("model");
    try {
      BaseModel base = baseModel(settings);
      DataTable rows = database.datasets().rows(dataset.id());
      DataTable train = rows.selectRows(split.train());
      DataTable validation = rows.selectRows(split.validation());
      String target = settings.target();
      // A base model recorded with an image input trains at that size (it learned its features
      // there); otherwise the images' median size, within limits.
      ImageShape shape = base != null && base.inputShape() != null ? base.inputShape()
          : ImageShape.fromSizes(ImageDatasets.ints(train, "width"),
              ImageDatasets.ints(train, "height"), ImageDatasets.ints(train, "channels"));
      ImageTrainingRequest request = new ImageTrainingRequest(
          ImageDatasets.files(train, database.artifacts()), labels(train, target),
          ImageDatasets.files(validation, database.artifacts()), labels(validation, target), shape, settings,
          base == null ? null : base.file(), options.freezeEpochsOrDefault(), options.augment(), modelDir,
          runDir.resolve(CHECKPOINTS), base == null ? ImageNormalization.NONE : base.normalization());
      TrainingOutcome outcome = new ImageTrainer().train(request,
          new RunEpochRecorder(database, runId, settings.epochs(), observer), cancel);
      if (outcome.cancelled()) {
        StoppedRuns.finish(database, runId, cancel, "Cancelled by the user.");
        return catalog.run(runId);
      }
      DataTable test = TargetRows.labelledOnly(rows.selectRows(split.test()), target);
      Metrics metrics = MetricsScorer.score(ModelPredictions.predict(modelDir, test, database.artifacts()), test, target);
      return keeper.keep(runId, dataset, new RunModelKeeper.Kept(base == null ? "cnn" : "cnn-finetuned", "PyTorch",
          modelDir, Task.CLASSIFICATION, base == null ? null : base.id(),
          TrainedModelSignatures.image(modelDir, settings.baseModel())), metrics);
    } catch (RuntimeException e) {
      LOG.warn("Image run {} failed", runId, e);
      String message = e instanceof WorkbenchException ? e.getMessage()
          : "Training failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      database.runs().finish(runId, RunStatus.FAILED, message, null, null);
      throw new WorkbenchException(message, e);
    }
  }

  /** Image runs are CNN classification runs with no tabular features. */
  private static TrainingSettings imageSettings(TrainingSettings s) {
    return new TrainingSettings(s.target(), Task.CLASSIFICATION, ModelKind.CNN, s.epochs(), s.batchSize(),
        s.learningRate(), s.seed(), s.device(), s.threads(), s.baseModel(), List.of(), s.patience(),
        s.validationFraction(), s.testFraction(), List.of());
  }

  private static List<String> labels(DataTable rows, String target) {
    return Arrays.asList(rows.textColumn(rows.columnIndex(target)));
  }

  /**
   * The TorchScript file of the base model: a project model (its file, or the single
   * {@code .pt}/{@code .pth} in its folder, with the pixel normalisation recorded for it), or else
   * a path to a TorchScript file (pixels scaled to 0…1).
   */
  private BaseModel baseModel(TrainingSettings settings) {
    String name = settings.baseModel();
    if (name == null || name.isBlank()) {
      return null;
    }
    var known = database.models().findByName(name);
    if (known.isPresent()) {
      Path path = database.artifacts().resolve(known.get().path());
      ModelSignature signature = database.models().signature(known.get().id());
      return new BaseModel(Files.isDirectory(path) ? torchScriptIn(path, name) : path, known.get().id(),
          signature.normalization(), recordedImageInput(signature));
    }
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      return new BaseModel(file.toAbsolutePath(), null, ImageNormalization.NONE, null);
    }
    throw new WorkbenchException("There is no model named '" + name + "' in this project, and no such file.");
  }

  /** The image input recorded for a model at import (channels, height, width), or null. */
  private static ImageShape recordedImageInput(ModelSignature signature) {
    List<Long> input = signature.inputShape();
    if (!ModelSignature.IMAGE.equals(signature.inputKind()) || input.size() != 3
        || input.stream().anyMatch(v -> v == null || v <= 0)) {
      return null;
    }
    return new ImageShape(Math.toIntExact(input.get(0)), Math.toIntExact(input.get(1)),
        Math.toIntExact(input.get(2)));
  }

  private static Path torchScriptIn(Path dir, String name) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> {
        String f = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return f.endsWith(".pt") || f.endsWith(".pth");
      }).toList();
      if (found.size() != 1) {
        throw new WorkbenchException("The model '" + name + "' is not a single TorchScript file, so it cannot be"
            + " fine-tuned on images.");
      }
      return found.get(0);
    } catch (IOException e) {
      throw new WorkbenchException("The files of model '" + name + "' cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * A base model's TorchScript file, its project id (null for a plain file), and how it expects
   * pixels after scaling to 0…1 (the fine-tuned model keeps the same).
   */
  private record BaseModel(Path file, Long id, ImageNormalization normalization, ImageShape inputShape) {}
}
