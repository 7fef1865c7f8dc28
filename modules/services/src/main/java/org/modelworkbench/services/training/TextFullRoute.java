package org.modelworkbench.services.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.modelworkbench.ml.engine.Devices;
import org.modelworkbench.ml.text.classify.TextInputs;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.finetune.BaseEncoder;
import org.modelworkbench.ml.text.finetune.FineTuneListener;
import org.modelworkbench.ml.text.finetune.FineTuneOptions;
import org.modelworkbench.ml.text.finetune.FineTuneResult;
import org.modelworkbench.ml.text.finetune.FineTuneStep;
import org.modelworkbench.ml.text.finetune.LabelledTexts;
import org.modelworkbench.ml.text.finetune.TextFineTuner;
import org.modelworkbench.ml.training.AtomicFiles;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * Fine-tunes a BERT-family text encoder (built-in or imported) together with a new classification
 * head, on the text columns of the dataset (see {@link TextFineTuner} for the optimiser, schedule,
 * batching and checkpoints). A checkpoint is left after every epoch and every few dozen steps, so
 * a cancelled, failed or interrupted run resumes where it stopped, with its stored split.
 */
final class TextFullRoute implements TrainingRoute {
  /** The route's name on its runs. */
  static final String NAME = "text-full";
  /** The library kind of the model it keeps. */
  static final String KIND = "fine-tuned text";
  /** Steps between checkpoints within an epoch. */
  private static final int CHECKPOINT_STEPS = 50;

  private final TrainingContext context;

  TextFullRoute(TrainingContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A text-encoder base, unless the head strategy is asked for. */
  @Override
  public boolean appliesTo(TrainRequest request) {
    return !TextEncoderBase.wantsHead(request) && TextEncoderBase.of(context.encoders(), request).isPresent();
  }

  @Override
  public Set<RouteOption> options(TrainRequest request) {
    return Set.of(RouteOption.STRATEGY, RouteOption.MAX_TOKENS);
  }

  @Override
  public List<String> notices(TrainRequest request) {
    return TextPlan.leftOut(request.dataset(), request.settings());
  }

  @Override
  public Task validate(TrainRequest request) {
    TextEncoderBase.trainable(TextEncoderBase.require(context.encoders(), request.baseModel()));
    return TextPlan.of(request.dataset(), request.settings(), false).task();
  }

  @Override
  public RunInfo start(TrainRequest request, TrainingObserver observer, CancellationToken cancel) {
    EncoderRunStart start = EncoderRunStart.prepare(context, request, false, observer);
    RecordedRun run = RecordedRun.start(context, this, request.dataset(), start.settings(), start.plan().task(),
        start.device(), start.split(), start.hyperparameters("full"), observer, cancel);
    return run.guard(() -> train(run, start.source(), start.settings(), start.plan().inputs(), start.rows(),
        start.split(), start.device(), start.tokens(), observer, cancel, false));
  }

  @Override
  public RunInfo resume(RunInfo stopped, TrainingObserver observer, CancellationToken cancel) {
    DatasetInfo dataset = RecordedRun.datasetOf(context, stopped);
    TrainingSettings settings = RecordedRun.settingsOf(stopped);
    TextEncoderSource source = TextEncoderBase.trainable(TextEncoderBase.require(context.encoders(),
        settings.baseModel()));
    TextPlan plan = TextPlan.of(dataset, settings, false);
    TrainingSettings effective = settings.withTask(plan.task());
    String stored = stopped.hyperparameters().get(TextEncoderBase.MAX_TOKENS_SETTING);
    int tokens = stored == null ? TextEncoderBase.tokens(TextOptions.defaults(), source) : Integer.parseInt(stored);
    DataSplit split = context.database().runs().split(stopped.id());
    DataTable rows = context.database().datasets().rows(dataset.id());
    RecordedRun run = RecordedRun.reopen(context, stopped, dataset, effective, observer, cancel);
    return run.guard(() -> train(run, source, effective, plan.inputs(), rows, split, stopped.device(), tokens,
        observer, cancel, true));
  }

  @Override
  public boolean hasCheckpoint(RunInfo run) {
    return TextFineTuner.canResume(RecordedRun.checkpoints(context, run.id()));
  }

  private RunInfo train(RecordedRun run, TextEncoderSource source, TrainingSettings settings, TextInputs inputs,
      DataTable rows, DataSplit split, DeviceInfo device, int tokens, TrainingObserver observer,
      CancellationToken cancel, boolean resume) {
    DataTable train = rows.selectRows(split.train());
    List<String> labels = classes(rows, split, settings.target());
    FineTuneOptions options = FineTuneOptions.defaults().withEpochs(settings.epochs()).withMaxTokens(tokens)
        // The batch as asked, passed through the engine in the fine-tuner's micro-batches (memory).
        .withBatch(settings.batchSize(), FineTuneOptions.defaults().microBatch())
        .withLearningRates((float) settings.learningRate(), (float) settings.learningRate() * 10)
        .withCheckpoints(CHECKPOINT_STEPS, settings.patience()).withSeed(settings.seed());
    BaseEncoder base = source.builtIn() != null ? BaseEncoder.of(source.builtIn()) : BaseEncoder.of(source.folder());
    FineTuneResult result;
    try {
      result = new TextFineTuner(options, run.checkpoints()).train(base, labels,
          labelled(train, inputs, settings.target(), labels),
          labelled(rows.selectRows(split.validation()), inputs, settings.target(), labels),
          Devices.engineDevice(device), listener(run, observer), cancel);
    } catch (IOException e) {
      throw new WorkbenchException("The text model '" + source.name() + "' could not be read: " + e.getMessage(), e);
    }
    if (resume) {
      run.recordCurve(result.curve());
    }
    if (result.classifier() == null) {
      return run.cancelled(RunEndings.CANCELLED);
    }
    try (TextTableModel model = new TextTableModel(inputs, null, result.classifier())) {
      if (result.cancelled()) {
        return run.cancelled(RunEndings.CANCELLED);
      }
      Path folder = run.modelDir();
      try {
        AtomicFiles.writeFolder(folder, model::save);
      } catch (IOException e) {
        throw new WorkbenchException("The model could not be written to " + folder + ": " + e.getMessage(), e);
      }
      return run.keep(new KeptModel(KIND, "PyTorch", folder, Task.CLASSIFICATION, source.modelId(),
          TextSignatures.of(inputs, labels, source.name() + " fine-tuned, up to " + tokens + " tokens")),
          TextScores.test(model, rows.selectRows(split.test()), settings.target(), cancel));
    }
  }

  /** The classes of every labelled row of the split, sorted, so training and resume agree. */
  private static List<String> classes(DataTable rows, DataSplit split, String target) {
    int column = rows.columnIndex(target);
    TreeSet<String> names = new TreeSet<>();
    for (int[] part : List.of(split.train(), split.validation(), split.test())) {
      for (int r : part) {
        Object v = rows.value(r, column);
        if (v != null) {
          names.add(v.toString());
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static LabelledTexts labelled(DataTable part, TextInputs inputs, String target, List<String> labels) {
    String[] actual = part.textColumn(part.columnIndex(target));
    int[] classes = new int[actual.length];
    for (int i = 0; i < actual.length; i++) {
      classes[i] = labels.indexOf(actual[i]);
    }
    return new LabelledTexts(TextTableModel.texts(part, inputs.textColumns()), classes);
  }

  /** Epochs and batches go to the run's record; each step's loss and time left to the observer. */
  private static FineTuneListener listener(RecordedRun run, TrainingObserver observer) {
    return new FineTuneListener() {
      @Override
      public void onEpoch(EpochMetrics epoch) {
        run.epochs().onEpoch(epoch);
      }

      @Override
      public void onBatch(int epoch, int batch, int batchCount) {
        run.epochs().onBatch(epoch, batch, batchCount);
      }

      @Override
      public void onNotice(String message) {
        run.epochs().onNotice(message);
      }

      @Override
      public void onStep(FineTuneStep step) {
        observer.step(run.id(), step.step(), step.totalSteps(), step.trainLoss(), step.secondsLeft());
      }
    };
  }
}
