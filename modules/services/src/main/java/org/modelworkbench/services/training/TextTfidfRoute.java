package org.modelworkbench.services.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.features.Preprocessor;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.classify.TfidfClassifierAdapter;
import org.modelworkbench.ml.text.tfidf.TfidfClassifierOptions;
import org.modelworkbench.ml.text.tfidf.TfidfTextClassifier;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;

/**
 * The text baseline: word and character n-gram TF-IDF and a regularised logistic regression whose
 * strength is chosen by cross-validation (so the kept model is fitted on the training and validation
 * rows), joined with the preprocessed ordinary
 * columns of a mixed table. It fits in seconds on the CPU, so a stopped run is simply started again.
 */
final class TextTfidfRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "text-tfidf";
  /** The library kind of the model it keeps. */
  static final String KIND = "tfidf";

  private final TrainingContext context;

  TextTfidfRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Asked for by its model kind; the shells choose it for a text dataset when no base is given. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return request.settings().modelKind() == ModelKind.TFIDF;
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return Set.of();
  }

  @Override
  public Task validate(TrainRequest request) {
    return TextPlan.of(request.dataset(), request.settings(), true).task();
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = request.dataset();
    TextPlan plan = TextPlan.of(dataset, request.settings(), true);
    TrainingSettings settings = request.settings().withTask(plan.task());
    DataTable rows = context.database().datasets().rows(dataset.id());
    TextRunChecks.beforeSplit(context, request, dataset, rows, plan, observer);
    DataSplit split = LabelledSplit.of(rows, settings, plan.task());
    TextRunChecks.afterSplit(context, rows, split, plan, observer);
    RecordedRun run = RecordedRun.start(context, this, dataset, settings, plan.task(), RunDevice.javaCpu(settings, request.strict(), observer), split,
        Map.of(), observer, cancel);
    return run.guard(() -> train(run, settings, rows, split, plan, cancel));
  }

  private RunInfo train(RecordedRun run, TrainingSettings settings, DataTable rows, DataSplit split, TextPlan plan,
      CancellationToken cancel) {
    long started = System.nanoTime();
    DataTable train = rows.selectRows(split.train());
    DataTable validation = rows.selectRows(split.validation());
    // The validation rows score the first fit for the curve; then, as the regularisation is chosen
    // by cross-validation anyway, the kept model is fitted again on training and validation rows.
    TextTableModel first = fit(train, plan, settings, 0, 0.5, run, cancel);
    run.epochs().onEpoch(TextScores.epoch(1, first, train, validation, settings.target(), started));
    TextTableModel model = fit(rows.selectRows(concat(split.train(), split.validation())), plan, settings, 0.5, 1,
        run, cancel);
    Path folder = run.modelDir();
    try {
      AtomicFiles.writeFolder(folder, model::save);
    } catch (java.io.IOException e) {
      throw new WorkbenchException("The model could not be written to " + folder + ": " + e.getMessage(), e);
    }
    return run.keep(new KeptModel(KIND, "Java", folder, plan.task(), null, TextSignatures.of(plan.inputs(),
        model.labels(), "TF-IDF of word and character n-grams")),
        TextScores.test(model, rows.selectRows(split.test()), settings.target(), cancel));
  }

  /**
   * Fits TF-IDF (and the ordinary columns' preprocessing) on the rows; the progress bar runs from
   * {@code from} to {@code to}.
   */
  private static TextTableModel fit(DataTable part, TextPlan plan, TrainingSettings settings, double from, double to,
      RecordedRun run, CancellationToken cancel) {
    List<String> labels = List.of(part.textColumn(part.columnIndex(settings.target())));
    Preprocessor tabular = plan.inputs().tabularColumns().isEmpty() ? null
        : Preprocessor.fit(part, plan.inputs().tabularColumns());
    ProgressListener progress = (fraction, message) -> run.epochs().onBatch(1, (int) Math.round(
        (from + Math.max(0, fraction) * (to - from)) * 100), 100);
    TfidfTextClassifier fitted = TfidfTextClassifier.fit(TextTableModel.texts(part, plan.inputs().textColumns()),
        labels, tabular == null ? null : TextTableModel.extras(tabular, part),
        TfidfClassifierOptions.defaults().withSeed(settings.seed()), progress, cancel);
    return new TextTableModel(plan.inputs(), tabular, new TfidfClassifierAdapter(fitted));
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    throw new WorkbenchException("A TF-IDF run takes seconds and keeps no checkpoint; train it again.");
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return false;
  }
}
