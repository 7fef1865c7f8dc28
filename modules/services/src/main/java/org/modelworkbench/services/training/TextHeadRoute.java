package org.modelworkbench.services.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modelworkbench.ml.features.Preprocessor;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.head.EmbeddingCache;
import org.modelworkbench.ml.text.head.EncoderHeadOptions;
import org.modelworkbench.ml.text.head.EncoderHeadTrainer;
import org.modelworkbench.ml.text.head.EncoderReference;
import org.modelworkbench.ml.text.head.HeadType;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * A linear or MLP head on the pooled vectors of a frozen text encoder, joined with the
 * preprocessed ordinary columns of a mixed table. The vectors are kept in the project's cache by
 * content, so the same texts are never encoded twice by the same model; a stopped run is started
 * again, and finds its vectors there.
 */
final class TextHeadRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "text-head";
  /** The library kind of the model it keeps. */
  static final String KIND = "encoder-head";
  /** The cache of text vectors, under the project's artifacts. */
  static final String CACHE = "cache/text-vectors";

  private final TrainingContext context;

  TextHeadRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A text-encoder base with the head strategy. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return TextEncoderBase.wantsHead(request) && TextEncoderBase.of(context.encoders(), request).isPresent();
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return Set.of(RouteOption.STRATEGY, RouteOption.MAX_TOKENS, RouteOption.HEAD_KIND);
  }

  @Override
  public Task validate(TrainRequest request) {
    TextEncoderBase.trainable(TextEncoderBase.require(context.encoders(), request.baseModel()));
    return TextPlan.of(request.dataset(), request.settings(), true).task();
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    EncoderRunStart start = EncoderRunStart.prepare(context, request, true, observer);
    Map<String, String> extra = start.hyperparameters("head");
    extra.put(TextEncoderBase.HEAD_SETTING, request.text().head());
    RecordedRun run = RecordedRun.start(context, this, request.dataset(), start.settings(), start.plan().task(),
        start.device(), start.split(), extra, observer, cancel);
    return run.guard(() -> train(run, start.source(), start.settings(), start.plan(), start.rows(), start.split(),
        start.tokens(), request.text().head(), cancel));
  }

  private RunInfo train(RecordedRun run, TextEncoderSource source, TrainingSettings settings, TextPlan plan,
      DataTable rows, DataSplit split, int tokens, String head, CancellationToken cancel) {
    long started = System.nanoTime();
    DataTable train = rows.selectRows(split.train());
    List<String> labels = List.of(train.textColumn(train.columnIndex(settings.target())));
    Preprocessor tabular = plan.inputs().tabularColumns().isEmpty() ? null
        : Preprocessor.fit(train, plan.inputs().tabularColumns());
    EncoderHeadOptions options = EncoderHeadOptions.defaults(reference(source, tokens))
        .withHead(TextOptions.MLP.equals(head) ? HeadType.MLP : HeadType.LINEAR).withSeed(settings.seed());
    ProgressListener progress = (fraction, message) -> run.epochs().onBatch(1, (int) Math.round(
        Math.max(0, fraction) * 100), 100);
    EmbeddingCache cache = new EmbeddingCache(context.database().artifacts().root().resolve(CACHE));
    try (TextTableModel model = new TextTableModel(plan.inputs(), tabular, EncoderHeadTrainer.fit(
        TextTableModel.texts(train, plan.inputs().textColumns()), labels,
        tabular == null ? null : TextTableModel.extras(tabular, train), options, cache, progress, cancel))) {
      Path folder = run.modelDir();
      try {
        AtomicFiles.writeFolder(folder, model::save);
      } catch (IOException e) {
        throw new WorkbenchException("The model could not be written to " + folder + ": " + e.getMessage(), e);
      }
      run.epochs().onEpoch(TextScores.epoch(1, model, train, rows.selectRows(split.validation()),
          settings.target(), started));
      return run.keep(new KeptModel(KIND, "PyTorch", folder, plan.task(), source.modelId(),
          TextSignatures.of(plan.inputs(), model.labels(), head + " head on frozen " + source.name() + ", up to "
              + tokens + " tokens")),
          TextScores.test(model, rows.selectRows(split.test()), settings.target(), cancel));
    }
  }

  private static EncoderReference reference(TextEncoderSource source, int tokens) {
    if (source.builtIn() != null) {
      return EncoderReference.builtIn(source.builtIn()).withMaxTokens(tokens);
    }
    try {
      return EncoderReference.folder(source.folder()).withPooling(source.pooling()).withMaxTokens(tokens);
    } catch (IOException e) {
      throw new WorkbenchException("The text model '" + source.name() + "' could not be read: " + e.getMessage(), e);
    }
  }

  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    throw new WorkbenchException("A head on a frozen encoder keeps no checkpoint; train it again (its text"
        + " vectors are cached, so it goes fast).");
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return false;
  }
}
