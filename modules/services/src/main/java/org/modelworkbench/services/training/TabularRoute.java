package org.modelworkbench.services.training;

import java.nio.file.Path;
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
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.datasets.QualityService;
import org.modelworkbench.services.library.TrainedModelSignatures;
import org.modelworkbench.services.scoring.MetricsScorer;

/**
 * An MLP or linear model on a table, optionally warm-started from a project model. Serious
 * data-quality findings are reported (and refuse the run when strict), the preprocessing is fitted
 * on the training rows only, and a checkpoint is written after every epoch. A stopped run
 * continues with the same rows, shuffling and best model; its optimizer's state starts afresh.
 */
final class TabularRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "tabular";

  private final TrainingContext context;

  TabularRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Any dataset that is not a folder of pictures, once no SavedModel route took the request. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return !request.dataset().holdsImages();
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return Set.of();
  }

  @Override
  public List<String> notices(TrainRequest request) {
    return TabularPlan.of(context.catalog(), request.dataset(), request.settings()).notices();
  }

  @Override
  public Task validate(TrainRequest request) {
    requireTableKind(request);
    return TabularPlan.of(context.catalog(), request.dataset(), request.settings()).task();
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = request.dataset();
    TrainingSettings settings = request.settings();
    requireTableKind(request);
    TabularPlan plan = TabularPlan.of(context.catalog(), dataset, settings);
    DeviceInfo device = RunDevice.resolve(settings, request.strict(), observer);
    plan.notices().forEach(observer::notice);
    Path baseModelDir = request.baseModel() == null ? null
        : context.database().artifacts().resolve(context.catalog().model(request.baseModel()).path());
    DataTable rows = context.database().datasets().rows(dataset.id());
    QualityReport findings = context.quality().forTarget(dataset, rows, settings.target(), plan.task(),
        settings.excludedColumns());
    if (request.strict() && findings.hasSerious()) {
      throw new WorkbenchException("Training refused because the data has serious quality findings (strict mode): "
          + QualityService.describeSerious(findings));
    }
    findings.serious().forEach(f -> observer.notice("Data quality: " + f.message()));
    DataSplit split = LabelledSplit.of(rows, settings, plan.task());
    context.quality().forSplit(rows, split, plan.features()).findings()
        .forEach(f -> observer.notice("Data quality: " + f.message()));
    context.quality().forTextSplit(rows, split, plan.textColumns()).findings()
        .forEach(f -> observer.notice("Data quality: " + f.message()));
    TrainingSettings effective = settings.withTask(plan.task());
    RecordedRun run = RecordedRun.start(context, this, dataset, effective, plan.task(), device, split, Map.of(),
        observer, cancel);
    return train(run, effective, rows, split, plan.features(), baseModelDir, cancel, false);
  }

  /**
   * Refuses an image network or a text encoder without its base on a table: this route would
   * train a table model under that name, a run that means nothing.
   */
  private static void requireTableKind(TrainRequest request) {
    ModelKind kind = request.settings().modelKind();
    if (kind == ModelKind.CNN || kind == ModelKind.ENCODER) {
      String what = kind == ModelKind.CNN ? "An image network (cnn) needs a folder of pictures"
          : "A language model (encoder) needs a built-in or imported language model as its base";
      throw new WorkbenchException(what + "; train the table '" + request.dataset().name() + "' with "
          + ModelKinds.of(request.dataset(), request.settings().target(), false).stream()
              .filter(k -> k != ModelKind.ENCODER).map(ModelKind::label)
              .collect(java.util.stream.Collectors.joining(" or ")) + " instead.");
    }
  }

  /** See {@link TabularTrainer#resume} for what is kept (the optimizer's state is not). */
  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = RecordedRun.datasetOf(context, stopped);
    TrainingSettings settings = RecordedRun.settingsOf(stopped);
    TabularPlan plan = TabularPlan.of(context.catalog(), dataset, settings);
    TrainingSettings effective = settings.withTask(plan.task());
    DataSplit split = context.database().runs().split(stopped.id());
    DataTable rows = context.database().datasets().rows(dataset.id());
    RecordedRun run = RecordedRun.reopen(context, stopped, dataset, effective, observer, cancel);
    return train(run, effective, rows, split, plan.features(), null, cancel, true);
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return TabularTrainer.hasCheckpoint(RecordedRun.checkpoints(context, run.id()));
  }

  /**
   * Trains afresh or, with {@code resume}, from the last checkpoint, and ends the run.
   *
   * @param settings the run's settings with the task decided
   * @param baseModelDir the base model's folder, or null
   */
  private RunInfo train(RecordedRun run, TrainingSettings settings, DataTable rows, DataSplit split,
      List<String> features, Path baseModelDir, CancellationToken cancel, boolean resume) {
    return run.guard(() -> {
      TrainingRequest request = new TrainingRequest(rows.selectRows(split.train()),
          rows.selectRows(split.validation()), features, settings.target(), settings.task(),
          settings, run.modelDir(), baseModelDir, run.checkpoints());
      TabularTrainer trainer = new TabularTrainer();
      TrainingOutcome outcome = resume ? trainer.resume(request, run.epochs(), cancel)
          : trainer.train(request, run.epochs(), cancel);
      if (resume) {
        run.recordCurve(outcome.curve());
      }
      if (outcome.cancelled()) {
        return run.cancelled(RunEndings.CANCELLED);
      }
      Metrics test;
      try (TabularModel model = TabularModel.load(run.modelDir())) {
        test = MetricsScorer.score(model, rows.selectRows(split.test()), settings.target());
      }
      return run.keep(new KeptModel(settings.modelKind().label(), "PyTorch", run.modelDir(), settings.task(),
          baseModelId(settings), TrainedModelSignatures.tabular(run.modelDir())), test);
    });
  }

  private Long baseModelId(TrainingSettings settings) {
    if (settings.baseModel() == null || settings.baseModel().isBlank()) {
      return null;
    }
    return context.catalog().model(settings.baseModel()).id();
  }
}
