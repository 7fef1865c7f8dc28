package org.modelworkbench.app.desktop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.RouteOption;
import org.modelworkbench.services.training.TextOptions;

/**
 * The numbers of the train dialog, as typed: their ranges, the model kind's defaults, which of
 * them apply to the chosen model and route, and the settings they make. TF-IDF fits once, so its
 * epochs, batch size and learning rate do not apply; the numbers on show stay those of the last
 * kind that trains in epochs, for a switch back.
 */
final class TrainNumbers {
  final NumberInput epochs = NumberInput.whole("Epochs", 1, 10_000, "");
  final NumberInput batchSize = NumberInput.whole("Batch size", 1, 65_536, "");
  final NumberInput learningRate = NumberInput.positive("Learning rate", 10, "0.003");
  final NumberInput seed = NumberInput.anyWhole("Seed", "42");
  final NumberInput threads = NumberInput.whole("Threads", 0, 256, "(0 uses the measured default)");
  final NumberInput freezeEpochs = NumberInput.whole("Head-only epochs", 0, 10_000, "");
  final NumberInput maxTokens = NumberInput.whole("Max tokens", 8, 8_192, "");
  /** The last kind that trains in epochs: the numbers on show are its defaults unless typed. */
  private ModelKind lastIterativeKind;

  /** The numbers with the defaults of the kind the dialog starts with. */
  TrainNumbers(String target, ModelKind startKind) {
    lastIterativeKind = startKind == ModelKind.TFIDF ? ModelKind.MLP : startKind;
    TrainingSettings defaults = TrainingSettings.defaults(target, lastIterativeKind);
    epochs.set(defaults.epochs());
    batchSize.set(defaults.batchSize());
    learningRate.set(defaults.learningRate());
    seed.set(defaults.seed());
    threads.set(defaults.threads());
    freezeEpochs.set(ImageOptions.DEFAULT_FREEZE_EPOCHS);
    maxTokens.set(TextOptions.DEFAULT_MAX_TOKENS);
  }

  /** Every number. */
  List<NumberInput> all() {
    return List.of(epochs, batchSize, learningRate, seed, threads, freezeEpochs, maxTokens);
  }

  /**
   * Another kind was chosen: a field still at the old kind's default (or not valid) takes the new
   * kind's; one the analyst changed stays.
   */
  void kindChanged(String target, ModelKind kind) {
    if (kind == ModelKind.TFIDF) {
      return;
    }
    TrainingSettings was = TrainingSettings.defaults(target, lastIterativeKind);
    TrainingSettings now = TrainingSettings.defaults(target, kind);
    lastIterativeKind = kind;
    if (learningRate.shows(was.learningRate()) || !learningRate.isValid()) {
      learningRate.set(now.learningRate());
    }
    if (epochs.shows(was.epochs()) || !epochs.isValid()) {
      epochs.set(now.epochs());
    }
    if (batchSize.shows(was.batchSize()) || !batchSize.isValid()) {
      batchSize.set(now.batchSize());
    }
  }

  /** The numbers that apply: epochs, batch size and rate unless the model fits once; route options when shown. */
  List<NumberInput> applicable(boolean iterative, Set<RouteOption> options) {
    List<NumberInput> inputs = new ArrayList<>();
    if (iterative) {
      inputs.addAll(List.of(epochs, batchSize, learningRate));
    }
    inputs.addAll(List.of(seed, threads));
    if (options.contains(RouteOption.FREEZE_EPOCHS)) {
      inputs.add(freezeEpochs);
    }
    if (options.contains(RouteOption.MAX_TOKENS)) {
      inputs.add(maxTokens);
    }
    return inputs;
  }

  /**
   * The settings, with the kind's defaults for numbers that do not apply to it or, when
   * {@code lenient}, that are not valid (the training service's check does not read them).
   */
  TrainingSettings settings(String target, Task task, ModelKind kind, String device, String base,
      List<String> excluded, boolean iterative, boolean lenient) {
    TrainingSettings defaults = TrainingSettings.defaults(target, kind);
    int epochCount = iterative && (!lenient || epochs.isValid()) ? epochs.intValue() : defaults.epochs();
    int batch = iterative && (!lenient || batchSize.isValid()) ? batchSize.intValue() : defaults.batchSize();
    double rate = iterative && (!lenient || learningRate.isValid()) ? learningRate.value() : defaults.learningRate();
    long seedValue = !lenient || seed.isValid() ? seed.longValue() : defaults.seed();
    int threadCount = !lenient || threads.isValid() ? threads.intValue() : defaults.threads();
    return new TrainingSettings(target, task, kind, epochCount, batch, rate, seedValue, device, threadCount, base,
        defaults.hiddenUnits(), defaults.patience(), defaults.validationFraction(), defaults.testFraction(),
        excluded);
  }

  /** The pictures' head-only epochs: as typed while shown, the default otherwise (or while not valid, when lenient). */
  int freezeEpochs(Set<RouteOption> options, boolean lenient) {
    return number(freezeEpochs, options.contains(RouteOption.FREEZE_EPOCHS), lenient,
        ImageOptions.DEFAULT_FREEZE_EPOCHS);
  }

  /** The text encoder's token limit, as {@link #freezeEpochs} is chosen. */
  int maxTokens(Set<RouteOption> options, boolean lenient) {
    return number(maxTokens, options.contains(RouteOption.MAX_TOKENS), lenient, TextOptions.DEFAULT_MAX_TOKENS);
  }

  private static int number(NumberInput input, boolean shown, boolean lenient, int fallback) {
    if (lenient) {
      return (int) input.valueOr(fallback);
    }
    return shown ? input.intValue() : fallback;
  }
}
