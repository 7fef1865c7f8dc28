package org.modelworkbench.app.desktop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.modelworkbench.model.SignatureSpec;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.TextEncoderSource;
import org.modelworkbench.services.training.ImageOptions;
import org.modelworkbench.services.training.RouteOption;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TargetProposal;
import org.modelworkbench.services.training.TextOptions;
import org.modelworkbench.services.training.TrainRequest;

/**
 * The settings of the "Train model" dialog. The numbers are held as typed and checked here on
 * every keystroke, so Train acts on the first click with what the fields hold and is disabled
 * while one is not valid, with a message that names the field and its range. The target, task,
 * model kind, base and columns are checked by the training service in the background, so the
 * dialog shows the service's plain message before anything trains; the same check says which
 * training route applies and which of its own options (freeze epochs and augmentation for
 * pictures, strategy and signature for a SavedModel base) the dialog should offer. The target
 * starts as the service proposes it (the last run's on this dataset, else a likely label, with
 * why), and only the model kinds that fit the dataset are offered. The result is one
 * {@link TrainRequest}, as the command line makes.
 */
public final class TrainFormViewModel {
  /** The base-model entry that means "train from scratch". */
  public static final String NO_BASE_MODEL = "None (train from scratch)";
  /** The signature entry that means "the model's features signature, else its serving one". */
  public static final String DEFAULT_SIGNATURE = "Default (features, else serving_default)";
  /** The message while the training service checks the settings. */
  public static final String CHECKING = "Checking the settings…";

  private final JobRunner runner;
  private final Supplier<Workbench> workbench;
  private final DatasetInfo dataset;
  private final TargetProposal proposal;
  private final ObservableList<String> columns;
  private final ObservableList<String> baseModels = FXCollections.observableArrayList();
  private final ObservableList<ModelKind> kinds = FXCollections.observableArrayList();
  private final ObservableList<DeviceChoice> devices;
  private final StringProperty target = new SimpleStringProperty(this, "target");
  private final ReadOnlyStringWrapper targetReason = new ReadOnlyStringWrapper(this, "targetReason", "");
  private final ObjectProperty<TaskChoice> task = new SimpleObjectProperty<>(this, "task", TaskChoice.AUTO);
  private final ObjectProperty<ModelKind> modelKind = new SimpleObjectProperty<>(this, "modelKind", ModelKind.MLP);
  private final StringProperty baseModel = new SimpleStringProperty(this, "baseModel", NO_BASE_MODEL);
  private final java.util.Map<String, String> encoderLines = new java.util.HashMap<>();
  private final String defaultEncoder;
  private final ReadOnlyStringWrapper baseDescription = new ReadOnlyStringWrapper(this, "baseDescription", "");
  private final TrainNumbers numbers;
  private final ObjectProperty<DeviceChoice> device = new SimpleObjectProperty<>(this, "device");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
  private final ReadOnlyBooleanWrapper checkingFindings = new ReadOnlyBooleanWrapper(this, "checkingFindings");
  private final ReadOnlyBooleanWrapper iterative = new ReadOnlyBooleanWrapper(this, "iterative", true);
  private final ObservableList<String> excluded = FXCollections.observableArrayList();
  private final ObservableList<QualityFinding> findings = FXCollections.observableArrayList();
  private final BooleanProperty augment = new SimpleBooleanProperty(this, "augment");
  private final ObjectProperty<StrategyChoice> strategy =
      new SimpleObjectProperty<>(this, "strategy", StrategyChoice.AUTO);
  private final StringProperty signature = new SimpleStringProperty(this, "signature", DEFAULT_SIGNATURE);
  private final ObservableList<String> signatures = FXCollections.observableArrayList(DEFAULT_SIGNATURE);
  private final ObjectProperty<String> headKind = new SimpleObjectProperty<>(this, "headKind", TextOptions.LINEAR);
  private final ObservableSet<RouteOption> routeOptions = FXCollections.observableSet();
  private final ReadOnlyStringWrapper route = new ReadOnlyStringWrapper(this, "route", "");
  private long generation;
  /** The service's answer for the current target, kind, base and options; null while it is asked. */
  private Checked checked;

  /**
   * Creates the form.
   *
   * @param runner runs the service's check in the background
   * @param workbench the open project
   * @param dataset the dataset to train on
   * @param models the project's models, offered as base models
   * @param deviceInfos the devices of this machine
   * @param proposedTarget the target to start with, or null for the one the training service proposes
   */
  public TrainFormViewModel(JobRunner runner, Supplier<Workbench> workbench, DatasetInfo dataset,
      List<ModelInfo> models, List<DeviceInfo> deviceInfos, String proposedTarget) {
    this.runner = runner;
    this.workbench = workbench;
    this.dataset = dataset;
    this.columns = FXCollections.observableArrayList(dataset.columns().stream().map(ColumnProfile::name).toList());
    this.proposal = workbench.get().training().proposeTarget(dataset);
    String startTarget = proposedTarget != null && !proposedTarget.isBlank() ? proposedTarget : proposal.column();
    baseModels.add(NO_BASE_MODEL);
    models.forEach(m -> baseModels.add(m.name()));
    String firstEncoder = null;
    // A dataset with free text also offers the built-in language models, each with a line on what it is.
    if (!dataset.textColumns().isEmpty()) {
      for (TextEncoderSource encoder : workbench.get().textEncoders().all()) {
        if (!baseModels.contains(encoder.name())) {
          baseModels.add(encoder.name());
        }
        encoderLines.put(encoder.name(), encoderLine(encoder));
        if (firstEncoder == null || encoder.isDefault()) {
          firstEncoder = encoder.name();
        }
      }
    }
    this.defaultEncoder = firstEncoder;
    this.devices = FXCollections.observableArrayList(DeviceChoice.from(deviceInfos));
    // As on the command line: pictures train a CNN, free text TF-IDF, the rest an MLP.
    ModelKind startKind = workbench.get().training().defaultKind(dataset, startTarget, null);
    numbers = new TrainNumbers(startTarget, startKind);
    kinds.setAll(workbench.get().training().kindsFor(dataset, startTarget, null));
    modelKind.set(startKind);
    iterative.set(startKind != ModelKind.TFIDF);
    device.set(devices.get(0));
    target.set(startTarget);
    showReason();
    modelKind.addListener((obs, old, kind) -> kindChanged(old, kind));
    baseModel.addListener((obs, old, base) -> baseChanged(old, base));
    target.addListener((obs, old, column) -> {
      showReason();
      offerKinds();
    });
    // What the service checks: a change asks it again (in the background).
    for (Observable property : List.<Observable>of(target, task, modelKind, baseModel, excluded, strategy,
        signature, headKind)) {
      property.addListener(observable -> check());
    }
    // What is checked here: a change only updates the message and Train, at once.
    for (NumberInput input : numbers.all()) {
      input.problemProperty().addListener(observable -> refresh());
      input.textProperty().addListener(observable -> refresh());
    }
    device.addListener(observable -> refresh());
    check();
  }

  private void showReason() {
    String column = target.get();
    targetReason.set(column != null && column.equals(proposal.column()) ? proposal.reason() : "");
  }

  /** The kinds the service says fit the dataset, target and base; a kind that no longer fits gives way. */
  private void offerKinds() {
    List<ModelKind> fitting = workbench.get().training().kindsFor(dataset, target.get(), baseName(baseModel.get()));
    // A combo box may drop its value while its items are replaced: the kind is kept when it still fits.
    ModelKind chosen = modelKind.get();
    if (!kinds.equals(fitting)) {
      kinds.setAll(fitting);
    }
    modelKind.set(fitting.contains(chosen) ? chosen : fitting.get(0));
  }

  private void kindChanged(ModelKind old, ModelKind kind) {
    if (kind == null || old == null) {
      return;
    }
    iterative.set(kind != ModelKind.TFIDF);
    numbers.kindChanged(target.get(), kind);
    // A language model trains from one: picking the kind picks the default language model as the base.
    if (kind == ModelKind.ENCODER && !encoderLines.containsKey(baseModel.get()) && defaultEncoder != null) {
      baseModel.set(defaultEncoder);
    }
  }

  private void baseChanged(String old, String base) {
    baseDescription.set(encoderLines.getOrDefault(base, ""));
    // A language model as base trains as one; back to no base, the dataset's own default kind.
    ModelKind was = workbench.get().training().defaultKind(dataset, target.get(), baseName(old));
    ModelKind now = workbench.get().training().defaultKind(dataset, target.get(), baseName(base));
    if ((modelKind.get() == was && was != now) || (modelKind.get() == ModelKind.ENCODER
        && !encoderLines.containsKey(base))) {
      modelKind.set(now);
    }
    offerKinds();
  }

  /** The dataset trained on. */
  public DatasetInfo dataset() {
    return dataset;
  }

  /** What is wrong with the fields checked here (the target and the numbers), or null. */
  private String fieldProblem() {
    if (target.get() == null || target.get().isBlank()) {
      return "Pick a target column: the column the model should predict.";
    }
    return numbers.applicable(iterative.get(), routeOptions).stream().map(input -> input.problemProperty().get())
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The settings as entered.
   *
   * @throws WorkbenchException with a plain message when a field is not valid
   */
  public TrainingSettings settings() {
    String problem = fieldProblem();
    if (problem != null) {
      throw new WorkbenchException(problem);
    }
    return settings(false);
  }

  /**
   * The settings, with the kind's defaults for numbers that do not apply to it or, when
   * {@code lenient}, that are not valid (the service's check does not read them).
   */
  private TrainingSettings settings(boolean lenient) {
    ModelKind kind = modelKind.get() == null ? ModelKind.MLP : modelKind.get();
    DeviceChoice chosen = device.get() == null ? devices.get(0) : device.get();
    return numbers.settings(target.get(), task.get().task(), kind, chosen.request(), baseName(baseModel.get()),
        excluded.stream().filter(c -> !c.equals(target.get())).toList(), iterative.get(), lenient);
  }

  /** The settings with the task the check decided, to start training with. */
  public TrainingSettings checkedSettings() {
    TrainingSettings settings = settings();
    Task checkedTask = checked == null ? null : checked.task();
    return settings.task() == null && checkedTask != null ? settings.withTask(checkedTask) : settings;
  }

  /**
   * Everything the dialog asks for, as one request: the settings and every route's options (the
   * route that applies reads its own and ignores the rest).
   *
   * @throws WorkbenchException with a plain message when a field is not valid
   */
  public TrainRequest request() {
    return request(settings(), false);
  }

  /**
   * The request with the task the check decided, to start training with. Called when Train is
   * clicked, it takes the fields as they are at that moment.
   */
  public TrainRequest checkedRequest() {
    return request(checkedSettings(), false);
  }

  private TrainRequest request(TrainingSettings settings, boolean lenient) {
    String chosenSignature = signature.get() == null || signature.get().equals(DEFAULT_SIGNATURE) ? null
        : signature.get();
    int freeze = numbers.freezeEpochs(routeOptions, lenient);
    int tokens = numbers.maxTokens(routeOptions, lenient);
    return new TrainRequest(dataset, settings, new ImageOptions(freeze, augment.get()),
        new SavedModelOptions(strategy.get() == null ? null : strategy.get().strategy(), chosenSignature),
        new TextOptions(tokens, headKind.get()), false);
  }

  /**
   * Asks the training service about the target, task, kind, base and options now, in the
   * background; the answer arrives in {@link #messageProperty()} and {@link #validProperty()}, and
   * the data-quality findings for the target after it.
   */
  public void check() {
    long mine = ++generation;
    checked = null;
    if (target.get() == null || target.get().isBlank()) {
      checking.set(false);
      refresh();
      return;
    }
    TrainRequest request;
    try {
      request = request(settings(true), true);
    } catch (WorkbenchException e) {
      checked = new Checked(new Route("", Set.of(), List.of()), null, List.of(), e);
      checking.set(false);
      refresh();
      return;
    }
    checking.set(true);
    refresh();
    runner.job("Check training settings", context -> {
      Workbench open = workbench.get();
      // The route and its options first: they stay on show when the check refuses the request,
      // so a wrong strategy can be put right in the dialog.
      Route chosen = route(open, request);
      try {
        Task chosenTask = open.training().validate(request);
        return new Checked(chosen, chosenTask, open.training().notices(request), null);
      } catch (RuntimeException e) {
        return new Checked(chosen, null, List.of(), e);
      }
    })
        .hidden()
        .onSuccess(answer -> {
          if (mine == generation) {
            showRoute(answer.route());
            checked = answer;
            checking.set(false);
            refresh();
            if (answer.error() == null) {
              checkFindings(mine, request.settings(), answer.task());
            }
          }
        })
        .onError(error -> {
          if (mine == generation) {
            checked = new Checked(new Route("", Set.of(), List.of()), null, List.of(),
                error instanceof RuntimeException e ? e : new WorkbenchException(ErrorText.plainMessage(error)));
            checking.set(false);
            refresh();
          }
        })
        .start();
  }

  /** Reads the data-quality findings for the target and features (it reads every row: a job of its own). */
  private void checkFindings(long mine, TrainingSettings settings, Task chosenTask) {
    checkingFindings.set(true);
    runner.job("Check data quality for training", context -> workbench.get().quality()
        .forTarget(dataset, settings.target(), chosenTask, settings.excludedColumns()))
        .hidden()
        .onSuccess(report -> {
          if (mine == generation) {
            checkingFindings.set(false);
            findings.setAll(relevant(report.atLeast(QualityFinding.Severity.WARNING)));
          }
        })
        .onError(error -> {
          if (mine == generation) {
            checkingFindings.set(false);
          }
        })
        .start();
  }

  /** Sets the message and whether Train may start from the fields as they are and the service's last answer. */
  private void refresh() {
    String problem = fieldProblem();
    if (problem != null) {
      valid.set(false);
      message.set(problem);
    } else if (checked == null) {
      valid.set(false);
      message.set(CHECKING);
    } else if (checked.error() != null) {
      valid.set(false);
      message.set(ErrorText.plainMessage(checked.error()));
    } else {
      valid.set(true);
      message.set(readyText(checked.task(), settings(false))
          + checked.notices().stream().map(n -> " " + n).collect(Collectors.joining()));
    }
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
    return "Ready: " + what + " on " + Formats.count(labelled) + " rows, up to " + epochText(settings.epochs())
        + " (stops early when it no longer improves).";
  }

  /** "1 epoch", "100 epochs". */
  static String epochText(int count) {
    return Formats.count(count) + (count == 1 ? " epoch" : " epochs");
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
    List<String> choices = new ArrayList<>(List.of(DEFAULT_SIGNATURE));
    choices.addAll(chosen.signatures());
    if (!signatures.equals(choices)) {
      String picked = signature.get();
      signatures.setAll(choices);
      signature.set(choices.contains(picked) ? picked : DEFAULT_SIGNATURE);
    }
  }

  /** A training route as the dialog shows it. */
  private record Route(String name, Set<RouteOption> options, List<String> signatures) {}

  /** The service's answer: the route, and the task and notices or what is wrong. */
  private record Checked(Route route, Task task, List<String> notices, RuntimeException error) {}

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

  /** The maximum number of epochs, as typed. */
  public NumberInput epochs() {
    return numbers.epochs;
  }

  /** Rows per batch, as typed. */
  public NumberInput batchSize() {
    return numbers.batchSize;
  }

  /** The learning rate, as typed. */
  public NumberInput learningRate() {
    return numbers.learningRate;
  }

  /** The seed, as typed. */
  public NumberInput seed() {
    return numbers.seed;
  }

  /** Whether epochs, batch size and learning rate apply to the chosen model (TF-IDF fits once, without them). */
  public ReadOnlyBooleanProperty iterativeProperty() {
    return iterative.getReadOnlyProperty();
  }

  /** The model kinds that fit the dataset, target and base, as the training service says; the default first. */
  public ObservableList<ModelKind> kinds() {
    return kinds;
  }

  /** Why the target was proposed ("Suggested: named like a label, 3 values."), while it is the one proposed. */
  public ReadOnlyStringProperty targetReasonProperty() {
    return targetReason.getReadOnlyProperty();
  }

  /** The device. */
  public ObjectProperty<DeviceChoice> deviceProperty() {
    return device;
  }

  /** Engine threads (0 = the measured default), as typed. */
  public NumberInput threads() {
    return numbers.threads;
  }

  /** Image fine-tuning: epochs that train the new head alone before everything trains, as typed. */
  public NumberInput freezeEpochs() {
    return numbers.freezeEpochs;
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

  /** The longest input a text encoder reads, in tokens, as typed. */
  public NumberInput maxTokens() {
    return numbers.maxTokens;
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

  /** Whether the service's check is running. */
  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  /** Whether the data-quality findings for the target are being read. */
  public ReadOnlyBooleanProperty checkingFindingsProperty() {
    return checkingFindings.getReadOnlyProperty();
  }
}
