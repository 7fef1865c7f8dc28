package org.modelworkbench.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;

/** Plain-language names for the workbench's enums and setting keys, as a manager should read them. */
final class Wording {
  /** Readable names of the keys {@code TrainingSettings.asMap()} writes; others are derived. */
  private static final Map<String, String> SETTING_NAMES = Map.ofEntries(
      Map.entry("target", "Target column"),
      Map.entry("task", "Task"),
      Map.entry("model", "Model kind"),
      Map.entry("epochs", "Maximum epochs"),
      Map.entry("batch_size", "Batch size (rows)"),
      Map.entry("learning_rate", "Learning rate"),
      Map.entry("seed", "Seed"),
      Map.entry("device", "Requested device"),
      Map.entry("threads", "Threads (0 = auto)"),
      Map.entry("base_model", "Fine-tuned from"),
      Map.entry("hidden_units", "Hidden layer widths"),
      Map.entry("patience", "Early-stop patience"),
      Map.entry("validation_fraction", "Validation share"),
      Map.entry("test_fraction", "Test share"),
      Map.entry("excluded_columns", "Excluded columns"),
      Map.entry("freeze_epochs", "Head-only epochs (base frozen)"),
      Map.entry("augment", "Light augmentation"));

  /** The engine's device ids: {@code cpu()}, {@code gpu(0)}. */
  private static final Pattern ENGINE_DEVICE = Pattern.compile("(?i)(cpu|gpu)\\((\\d*)\\)");

  private Wording() {}

  /** "penguins · version 1": a dataset version as the window names it. */
  static String datasetVersion(DatasetInfo dataset) {
    return dataset.name() + " \u00B7 version " + dataset.version();
  }

  /** "CPU" or "GPU 0" for the engine's {@code cpu()} or {@code gpu(0)}; other ids as they are. */
  static String deviceId(String id) {
    if (id == null || id.isBlank()) {
      return Formats.NONE;
    }
    Matcher m = ENGINE_DEVICE.matcher(id.strip());
    if (!m.matches()) {
      return id;
    }
    String kind = m.group(1).toUpperCase(Locale.ROOT);
    return m.group(2).isEmpty() ? kind : kind + " " + m.group(2);
  }

  /**
   * The device a run used, by its name, with "CPU" or "GPU 0" added when the name does not say it:
   * "CPU (amd64, 2 cores)", "NVIDIA RTX 4070 (GPU 0)".
   */
  static String device(DeviceInfo device) {
    if (device == null) {
      return Formats.NONE;
    }
    String id = deviceId(device.id());
    String name = device.name();
    if (name == null || name.isBlank() || name.equals(device.id())) {
      return id;
    }
    if (id.equals(Formats.NONE) || name.toUpperCase(Locale.ROOT).contains(id.toUpperCase(Locale.ROOT))) {
      return name;
    }
    return name + " (" + id + ")";
  }

  /** "Classification" or "Regression". */
  static String task(Task task) {
    return task == null ? Formats.NONE : Formats.capitalized(task.label());
  }

  /**
   * What the run trained, for example "MLP (multi-layer perceptron)" or "Fine-tuned SavedModel
   * (new head on its features)".
   */
  static String modelKind(org.modelworkbench.model.RunInfo run) {
    if (run.finetunesSavedModel()) {
      String strategy = run.hyperparameters().get("strategy");
      String head = run.modelKind() == ModelKind.LINEAR ? "linear" : "MLP";
      return "full".equals(strategy) ? "Fine-tuned SavedModel (savedmodel-full: its own train signature)"
          : "Fine-tuned SavedModel (savedmodel-head: new " + head + " head on its features)";
    }
    String base = run.hyperparameters().get("base_model");
    if ("text-full".equals(run.route())) {
      return "Language model " + base + ", fine-tuned (up to " + run.hyperparameters().getOrDefault("max_tokens", "128")
          + " tokens per text)";
    }
    if ("text-head".equals(run.route())) {
      return "New " + run.hyperparameters().getOrDefault("head", "linear") + " head on the frozen language model "
          + base;
    }
    if (run.modelKind() == ModelKind.CNN && base != null && !base.isBlank()) {
      return "CNN (fine-tuned from " + base + ")";
    }
    return modelKind(run.modelKind(), run.task());
  }

  /** The model kind with what it means for the task, for example "MLP (multi-layer perceptron)". */
  static String modelKind(ModelKind kind, Task task) {
    if (kind == null) {
      return Formats.NONE;
    }
    return switch (kind) {
      case MLP -> "MLP (multi-layer perceptron)";
      case LINEAR -> task == Task.REGRESSION ? "Linear (linear regression)"
          : "Linear (logistic regression)";
      case CNN -> "CNN (convolutional network for images)";
      case TFIDF -> "TF-IDF (word and character n-grams) with a linear classifier";
      case ENCODER -> "pretrained text encoder with a classification head";
    };
  }

  /** "Completed", "Cancelled" and so on. */
  static String status(RunStatus status) {
    return status == null ? Formats.NONE : Formats.capitalized(status.label());
  }

  /** A readable name for a hyperparameter key, keeping unknown keys recognisable. */
  static String setting(String key) {
    String known = SETTING_NAMES.get(key);
    return known != null ? known : Formats.capitalized(key.toLowerCase(Locale.ROOT));
  }

  /** Why a run has no test metrics, in one or two plain sentences. */
  static String missingMetrics(RunStatus status) {
    if (status == null) {
      return "This run has no test metrics.";
    }
    return switch (status) {
      case CANCELLED -> "No test metrics: the run was cancelled before the model was tested, so "
          + "nothing in this report measures how well it predicts unseen rows.";
      case FAILED -> "No test metrics: the run failed before the model was tested.";
      case INTERRUPTED -> "No test metrics: the run was interrupted (the program stopped) before "
          + "the model was tested.";
      case RUNNING -> "No test metrics yet: the run was still training when this report was made.";
      case COMPLETED -> "No test metrics were recorded for this run.";
    };
  }

  /** "Accuracy" or "RMSE": the validation metric's short name, where "validation" is implied. */
  static String metricShortName(Task task) {
    return task == Task.REGRESSION ? "RMSE" : "Accuracy";
  }

  /** The name of the validation metric of a task: accuracy for classes, RMSE for numbers. */
  static String validationMetricName(Task task) {
    return task == Task.REGRESSION ? "Validation RMSE" : "Validation accuracy";
  }
}
