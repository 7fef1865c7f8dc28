package org.modelworkbench.services.training;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.image.ImageShape;
import org.modelworkbench.ml.image.ImageTrainer;
import org.modelworkbench.ml.image.ImageTrainingRequest;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.datasets.ImageDatasets;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.services.library.TrainedModelSignatures;
import org.modelworkbench.services.scoring.MetricsScorer;
import org.modelworkbench.services.scoring.ModelPredictions;

/**
 * A folder of pictures: a small residual network from scratch, or a TorchScript base (see
 * {@link TorchScriptBase}) fine-tuned under a new head, with the image options (freeze epochs,
 * augmentation). A checkpoint is written after every epoch; a stopped run continues exactly.
 */
final class ImageRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "image";

  private final TrainingContext context;

  ImageRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Any folder of pictures, once no SavedModel route took the request. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return request.dataset().holdsImages();
  }

  /** Augmentation always; freeze epochs only when fine-tuning a base. */
  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return request.baseModel() == null ? EnumSet.of(RouteOption.AUGMENT)
        : EnumSet.of(RouteOption.FREEZE_EPOCHS, RouteOption.AUGMENT);
  }

  @Override
  public Task validate(TrainRequest request) {
    ImageRequestCheck.check(request.dataset(), request.settings());
    return Task.CLASSIFICATION;
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = request.dataset();
    TrainingSettings settings = request.settings();
    ImageRequestCheck.check(dataset, settings);
    DeviceInfo device = RunDevice.resolve(settings, request.strict(), observer);
    DataTable rows = context.database().datasets().rows(dataset.id());
    DataSplit split = LabelledSplit.of(rows, settings, Task.CLASSIFICATION);
    TrainingSettings effective = imageSettings(settings);
    RecordedRun run = RecordedRun.start(context, this, dataset, effective, Task.CLASSIFICATION, device, split,
        Map.of(), observer, cancel);
    return train(run, dataset, effective, request.image(), split, cancel);
  }

  /** Continues with the default image options: the run's checkpoint holds where it was. */
  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = RecordedRun.datasetOf(context, stopped);
    TrainingSettings settings = RecordedRun.settingsOf(stopped);
    DataSplit split = context.database().runs().split(stopped.id());
    RecordedRun run = RecordedRun.reopen(context, stopped, dataset, settings, observer, cancel);
    return train(run, dataset, settings, ImageOptions.defaults(), split, cancel);
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return ImageTrainer.hasCheckpoint(RecordedRun.checkpoints(context, run.id()));
  }

  private RunInfo train(RecordedRun run, DatasetInfo dataset, TrainingSettings settings, ImageOptions options,
      DataSplit split, CancellationToken cancel) {
    return run.guard(() -> {
      TorchScriptBase base = TorchScriptBase.of(context.database(), settings);
      DataTable rows = context.database().datasets().rows(dataset.id());
      DataTable train = rows.selectRows(split.train());
      DataTable validation = rows.selectRows(split.validation());
      String target = settings.target();
      // A base model recorded with an image input trains at that size (it learned its features
      // there); otherwise the images' median size, within limits.
      ImageShape shape = base != null && base.inputShape() != null ? base.inputShape()
          : ImageShape.fromSizes(ImageDatasets.ints(train, "width"),
              ImageDatasets.ints(train, "height"), ImageDatasets.ints(train, "channels"));
      var artifacts = context.database().artifacts();
      ImageTrainingRequest request = new ImageTrainingRequest(
          ImageDatasets.files(train, artifacts), labels(train, target),
          ImageDatasets.files(validation, artifacts), labels(validation, target), shape, settings,
          base == null ? null : base.file(), options.freezeEpochsOrDefault(), options.augment(), run.modelDir(),
          run.checkpoints(), base == null ? ImageNormalization.NONE : base.normalization());
      TrainingOutcome outcome = new ImageTrainer().train(request, run.epochs(), cancel);
      if (outcome.cancelled()) {
        return run.cancelled(RunEndings.CANCELLED);
      }
      DataTable test = TargetRows.labelledOnly(rows.selectRows(split.test()), target);
      Metrics metrics = MetricsScorer.score(ModelPredictions.predict(run.modelDir(), test, artifacts), test, target);
      return run.keep(new KeptModel(base == null ? "cnn" : "cnn-finetuned", "PyTorch", run.modelDir(),
          Task.CLASSIFICATION, base == null ? null : base.id(),
          TrainedModelSignatures.image(run.modelDir(), settings.baseModel())), metrics);
    });
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
}
