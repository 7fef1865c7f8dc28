package org.modelworkbench.app.desktop.training;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.RouteOption;
import org.modelworkbench.services.library.TextEncoderSource;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TextOptions;
import org.modelworkbench.services.training.TrainRequest;

/**
 * The settings of the "Train model" dialog. Every change is checked: numbers here, and the target,
 * task and classes by the training service in the background, so the dialog shows the service's
 * plain message before anything trains. The same check says which training route applies and
 * which of its own options (freeze epochs and augmentation for pictures, strategy and signature for
 * a SavedModel base) the dialog should offer; the result is one {@link TrainRequest}, as the
 * command line makes.
 */
public final class TrainFormViewModel {
  /** The base-model entry that means "train from scratch". */
  public static final String NO_BASE_MODEL = "None (train from scratch)";
  /** The signature entry that means "the model's features signature, else its serving one". */
  public static final String DEFAULT_SIGNATURE = "Default (features, else serving_default)";

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final ObservableList<String> columns;
  private final ObservableList<String> baseModels = FXCollections.observableArrayList();
  private final ObservableList<DeviceChoice> devices;
  private final StringProperty target = new SimpleStringProperty(this, "target");
  private final ObjectProperty<TaskChoice> task = new SimpleObjectProperty<>(this, "task", TaskChoice.AUTO);
  private final ObjectProperty<ModelKind> modelKind = new SimpleObjectProperty<>(this, "modelKind", ModelKind.MLP);
  private final StringProperty baseModel = new SimpleStringProperty(this, "baseModel", NO_BASE_MODEL);
  private final java.util.Map<String, String> encoderLines = new java.util.HashMap<>();
  private final ReadOnlyStringWrapper baseDescription = new ReadOnlyStringWrapper(this, "baseDescription", "");
  private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
  private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
  private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate");
  private final StringProperty seed = new SimpleStringProperty(this, "seed");
  private final ObjectProperty<DeviceChoice> device = new SimpleObjectProperty<>(this, "device");
  private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
  private final ObservableList<String> excluded = FXCollections.observableArrayList();
  private final ObservableList<QualityFinding> findings = FXCollections.observableArrayList();
  private final IntegerProperty freezeEpochs =
      new SimpleIntegerProperty(this, "freezeEpochs", ImageOptions.DEFAULT_FREEZE_EPOCHS);
  private final BooleanProperty augment = new SimpleBooleanProperty(this, "augment");
  private final ObjectProperty<StrategyChoice> strategy =
      new SimpleObjectProperty<>(this, "strategy", StrategyChoice.AUTO);
  private final StringProperty signature = new SimpleStringProperty(this, "signature", DEFAULT_SIGNATURE);
  private final ObservableList<String> signatures = FXCollections.observableArrayList(DEFAULT_SIGNATURE);
  private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", TextOptions.DEFAULT_MAX_TOKENS);
  private final ObjectProperty<String> headKind = new SimpleObjectProperty<>(this, "headKind", TextOptions.LINEAR);
  private final ObservableSet<RouteOption> routeOptions = FXCollections.observableSet();
  private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
  private long generation;
  private Task checkedTask;

  /**
   * Creates the form.
   *
   * @param runner runs the service's check in the background
   * @param workbench the open project
   * @param dataset the dataset to train on
   * @param models the project's models, offered as base models
   * @param deviceInfos the devices of this machine
   * @param proposedTarget the target to start with, or null
   */
  public TrainFormViewModel(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset,
      List<ModelInfo> models, List<DeviceInfo> deviceInfos, String proposedTarget) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
    this.columns = FXCollections.observableArrayList(dataset.columns().stream().map(ColumnProfile::name).toList());
    baseModels.add(NO_BASE_MODEL);
    models.forEach(m -> baseModels.add(m.name()));
    // A dataset with free text also offers the built-in language models, each with a line on what it is.
    if (!dataset.textColumns().isEmpty()) {
      for (TextEncoderSource encoder : workbench.get().textEncoders().all()) {
        if (!baseModels.contains(encoder.name())) {
          baseModels.add(encoder.name());
        }
        encoderLines.put(encoder.name(), encoderLine(encoder));
      }
    }
    this.devices = FXCollections.observableArrayList(DeviceChoice.from(deviceInfos));
    // As on the command line: pictures train a CNN, free text TF-IDF, the rest an MLP.
    ModelKind startKind = workbench.get().training().defaultKind(dataset, proposedTarget, null);
    TrainingSettings defaults = TrainingSettings.defaults(proposedTarget, startKind);
    modelKind.set(startKind);
    epochs.set(defaults.epochs());
    batchSize.set(defaults.batchSize());
    learningRate.set(rateText(defaults.learningRate()));
    seed.set(Long.toString(defaults.seed()));
    device.set(devices.get(0));
    threads.set(defaults.threads());
    target.set(proposedTarget);
    modelKind.addListener((obs, old, kind) -> {
      if (kind == null || old == null) {
        return;
      }
      // A field still at the old kind's default takes the new kind's; one the analyst changed stays.
      TrainingSettings was = TrainingSettings.defaults(target.get(), old);
      TrainingSettings now = TrainingSettings.defaults(target.get(), kind);
      if (rateText(was.learningRate()).equals(learningRate.get())) {
        learningRate.set(rateText(now.learningRate()));
      }
      if (was.epochs() == epochs.get()) {
        epochs.set(now.epochs());
      }
      if (was.batchSize() == batchSize.get()) {
        batchSize.set(now.batchSize());
      }
    });
    baseModel.addListener((obs, old, base) -> {
      baseDescription.set(encoderLines.getOrDefault(base, ""));
      // A language model as base trains as one; back to no base, the dataset's own default kind.
      ModelKind was = workbench.get().training().defaultKind(dataset, target.get(), baseName(old));
      ModelKind now = workbench.get().training().defaultKind(dataset, target.get(), baseName(base));
      if (modelKind.get() == was && was != now) {
        modelKind.set(now);
      }
    });
    for (Observable property : List.<Observable>of(target, task, modelKind, baseModel, epochs, batchSize,
        learningRate, seed, device, threads, excluded, freezeEpochs, strategy, signature, maxTokens, headKind)) {
      property.addListener(observable -> check());
    }
    check();
  }

  /** The dataset trained on. */
  public DatasetInfo dataset() {
    return dataset;
  }

  /**
   * The settings as entered.
   *
   * @throws WorkbenchException with a plain message when a field is not valid
   */
  public TrainingSettings settings() {
    if (target.get() == null || target.get().isBlank()) {
      throw new WorkbenchException("Pick a target column: the column the model should predict.");
    }
    double rate;
    try {
      rate = Double.parseDouble(learningRate.get().trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new WorkbenchException("The learning rate must be a number, for example 0.003.");
    }
    long seedValue;
    try {
      seedValue = Long.parseLong(seed.get().trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new WorkbenchException("The seed must be a whole number, for example 42.");
    }
    ModelKind kind = modelKind.get() == null ? ModelKind.MLP : modelKind.get();
    TrainingSettings defaults = TrainingSettings.defaults(target.get(), kind);
    String base = baseModel.get() == null || baseModel.get().equals(NO_BASE_MODEL) ? null : baseModel.get();
    DeviceChoice chosen = device.get() == null ? devices.get(0) : device.get();
    return new TrainingSettings(target.get(), task.get().task(), modelKind.get(), epochs.get(), batchSize.get(),
        rate, seedValue, chosen.request(), threads.get(), base, defaults.hiddenUnits(), defaults.patience(),
        defaults.validationFraction(), defaults.testFraction(),
        excluded.stream().filter(c -> !c.equals(target.get())).toList());
  }

  /** The settings with the task the check decided, to start training with. */
  public TrainingSettings checkedSettings() {
    TrainingSettings settings = settings();
    return settings.task() == null && checkedTask != null ? settings.withTask(checkedTask) : settings;
  }

  /**
   * Everything the dialog asks for, as one request: the settings and every route's options (the
   * route that applies reads its own and ignores the rest).
   *
   * @throws WorkbenchException with a plain message when a field is not valid
   */
  public TrainRequest request() {
    return request(settings());
  }

  /** The request with the task the check decided, to start training with. */
  public TrainRequest checkedRequest() {
    return request(checkedSettings());
  }

  private TrainRequest request(TrainingSettings settings) {
    String chosenSignature = signature.get() == null || signature.get().equals(DEFAULT_SIGNATURE) ? null
        : signature.get();
    return new TrainRequest(dataset, settings, new ImageOptions(freezeEpochs.get(), augment.get()),
        new SavedModelOptions(strategy.get() == null ? null : strategy.get().strategy(), chosenSignature),
        new TextOptions(maxTokens.get(), headKind.get()), false);
  }

  /** Checks the settings now; the result arrives in {@link #messageProperty()} and {@link #validProperty()}. */
  public void check() {
    long mine = ++generation;
    checkedTask = null;
    TrainRequest request;
    TrainingSettings settings;
    try {
      request = request();
      settings = request.settings();
    } catch (WorkbenchException e) {
      valid.set(false);
      checking.set(false);
      message.set(e.getMessage());
      return;
    }
    checking.set(true);
    valid.set(false);
    message.set("Checking the settings…");
    runner.job("Check training settings", context -> {
      Workbench open = workbench.get();
      // The route and its options first: they stay on show when the check refuses the request,
      // so a wrong strategy can be put right in the dialog.
      Route chosen = route(open, request);
      try {
        Task chosenTask = open.training().validate(request);
        return new Checked(chosen, chosenTask,
            open.quality().forTarget(dataset, settings.target(), chosenTask, settings.excludedColumns()),
            open.training().notices(request), null);
      } catch (RuntimeException e) {
        return new Checked(chosen, null, null, List.of(), e);
      }
    })
        .hidden()
        .onSuccess(checked -> {
          if (mine == generation) {
            showRoute(checked.route());
            checking.set(false);
            if (checked.error() != null) {
              valid.set(false);
              message.set(ErrorText.plainMessage(checked.error()));
              return;
            }
            checkedTask = checked.task();
            valid.set(true);
            message.set(readyText(checked.task(), settings)
                + checked.notices().stream().map(n -> " " + n).collect(java.util.stream.Collectors.joining()));
            findings.setAll(relevant(checked.report().atLeast(QualityFinding.Severity.WARNING)));
          }
        })
        .onError(error -> {
          if (mine == generation) {
            checking.set(false);
            valid.set(false);
            message.set(ErrorText.plainMessage(error));
          }
        })
        .start();
  }

  private String readyText(Task chosen, TrainingSettings settings) {
    ColumnProfile column = dataset.column(settings.target()).orElse(null);
    String what = chosen == Task.CLASSIFICATION
        ? "classification of " + settings.target() + (column == null ? "" : " (" + column.distinct() + " classes)")
        : "regression of " + settings.target();
    long labelled = column == null ? dataset.rows() : dataset.rows() - column.missing();
    if (settings.modelKind() == ModelKind.TFIDF) {
      return "Ready: " + what + " on " + Formats.count(labelled) + " rows with TF-IDF and a linear classifier"
          + " (one fit, usually seconds).";
    }
    return "Ready: " + what + " on " + Formats.count(labelled) + " rows, up to " + settings.epochs()
        + " epochs (stops early when it no longer improves).";
  }

  /** The route that would train the request, its options, and the base's signatures when they matter. */
  private static Route route(Workbench open, TrainRequest request) {
    try {
      Set<RouteOption> options = open.training().options(request);
      List<String> names = List.of();
      if (options.contains(RouteOption.SIGNATURE)) {
        ModelInfo base = open.library().find(request.baseModel());
        names = open.library().signature(base).signatures().stream().map(SignatureSpec::name).toList();
      }
      return new Route(open.training().route(request), options, names);
    } catch (WorkbenchException e) {
      return new Route("", Set.of(), List.of());
    }
  }

  private void showRoute(Route chosen) {
    route.set(chosen.name());
    routeOptions.retainAll(chosen.options());
    routeOptions.addAll(chosen.options());
    List<String> choices = new java.util.ArrayList<>(List.of(DEFAULT_SIGNATURE));
    choices.addAll(chosen.signatures());
    if (!signatures.equals(choices)) {
      String picked = signature.get();
      signatures.setAll(choices);
      signature.set(choices.contains(picked) ? picked : DEFAULT_SIGNATURE);
    }
  }

  /** A training route as the dialog shows it. */
  private record Route(String name, Set<RouteOption> options, List<String> signatures) {}

  /** The result of one background check: the route, and the task and findings or what is wrong. */
  private record Checked(Route route, Task task, QualityReport report, List<String> notices,
      RuntimeException error) {}

  /** Columns left out of the features (ID-like or leaking columns, for example). */
  public ObservableList<String> excluded() {
    return excluded;
  }

  /** Warnings and serious data-quality findings for the chosen target and features. */
  public ObservableList<QualityFinding> findings() {
    return findings;
  }

  /** The dataset's columns, offered as targets. */
  public ObservableList<String> columns() {
    return columns;
  }

  /** A learning rate as a plain decimal ("0.0003", not Java's "3.0E-4"). */
  static String rateText(double rate) {
    return TrainingSettings.plain(rate);
  }

  /**
   * The findings that matter for this training. An image network learns from the pixels alone, so
   * findings on the picture table's own columns (the file names, their sizes) are left out.
   */
  List<QualityFinding> relevant(List<QualityFinding> all) {
    if (!dataset.holdsImages()) {
      return all;
    }
    return all.stream().filter(f -> f.column() == null || f.column().equals(target.get())).toList();
  }

  /** One line on the chosen base when it is a language model (what it is, size, licence); else empty. */
  public ReadOnlyStringProperty baseDescriptionProperty() {
    return baseDescription.getReadOnlyProperty();
  }

  private static String baseName(String choice) {
    return choice == null || choice.equals(NO_BASE_MODEL) ? null : choice;
  }

  private static String encoderLine(TextEncoderSource encoder) {
    String licence = encoder.facts().licence() == null ? "" : ", " + encoder.facts().licence() + " licence";
    licence += encoder.isBuiltIn() ? ", built in" : ", imported";
    return encoder.description() + licence + (encoder.isDefault() ? " (the default English model)" : "");
  }

  /** The models offered as a starting point. */
  public ObservableList<String> baseModels() {
    return baseModels;
  }

  /** The devices offered. */
  public ObservableList<DeviceChoice> devices() {
    return devices;
  }

  /** The target column. */
  public StringProperty targetProperty() {
    return target;
  }

  /** The task. */
  public ObjectProperty<TaskChoice> taskProperty() {
    return task;
  }

  /** The model kind. */
  public ObjectProperty<ModelKind> modelKindProperty() {
    return modelKind;
  }

  /** The base model's name, or {@link #NO_BASE_MODEL}. */
  public StringProperty baseModelProperty() {
    return baseModel;
  }

  /** The maximum number of epochs. */
  public IntegerProperty epochsProperty() {
    return epochs;
  }

  /** Rows per batch. */
  public IntegerProperty batchSizeProperty() {
    return batchSize;
  }

  /** The learning rate as typed. */
  public StringProperty learningRateProperty() {
    return learningRate;
  }

  /** The seed as typed. */
  public StringProperty seedProperty() {
    return seed;
  }

  /** The device. */
  public ObjectProperty<DeviceChoice> deviceProperty() {
    return device;
  }

  /** Engine threads (0 = the measured default). */
  public IntegerProperty threadsProperty() {
    return threads;
  }

  /** Image fine-tuning: epochs that train the new head alone before everything trains. */
  public IntegerProperty freezeEpochsProperty() {
    return freezeEpochs;
  }

  /** Images: light random flips and shifts of the training pictures. */
  public BooleanProperty augmentProperty() {
    return augment;
  }

  /** A SavedModel base: how to fine-tune it. */
  public ObjectProperty<StrategyChoice> strategyProperty() {
    return strategy;
  }

  /** A SavedModel head: the signature whose output gives the features, or {@link #DEFAULT_SIGNATURE}. */
  public StringProperty signatureProperty() {
    return signature;
  }

  /** The signatures offered: {@link #DEFAULT_SIGNATURE}, then the base model's own. */
  public ObservableList<String> signatures() {
    return signatures;
  }

  /** The longest input a text encoder reads, in tokens. */
  public IntegerProperty maxTokensProperty() {
    return maxTokens;
  }

  /** The head on a frozen text encoder: {@code linear} or {@code mlp}. */
  public ObjectProperty<String> headKindProperty() {
    return headKind;
  }

  /** The options of the route that applies, as the last check found them; the dialog shows only these. */
  public ObservableSet<RouteOption> routeOptions() {
    return routeOptions;
  }

  /** The name of the route that applies (for example {@code savedmodel-head}), or empty when unknown. */
  public ReadOnlyStringProperty routeProperty() {
    return route.getReadOnlyProperty();
  }

  /** The check's plain message: what is wrong, or what will be trained. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the settings passed the check. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Whether the check is running. */
  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }
}
