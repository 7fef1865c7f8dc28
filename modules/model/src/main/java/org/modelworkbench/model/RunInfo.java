package org.modelworkbench.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A training run as stored.
 *
 * @param id run id
 * @param datasetId the dataset version trained on
 * @param datasetName its name
 * @param datasetVersion its version number
 * @param target the target column
 * @param task classification or regression
 * @param modelKind the network kind
 * @param hyperparameters every setting, as text (see {@link TrainingSettings#asMap()})
 * @param seed the seed
 * @param device the device used
 * @param versions engine and library versions
 * @param status life-cycle status
 * @param startedAt start time
 * @param endedAt end time, or null while running
 * @param error error message of a failed run, or null
 * @param modelId the kept model, or null
 * @param testMetrics metrics on the test split, or null when not finished
 * @param route the training route that runs it (for example {@code tabular} or
 *     {@code savedmodel-head}), which resuming it takes again; null for a run recorded without one
 */
public record RunInfo(
    long id,
    long datasetId,
    String datasetName,
    int datasetVersion,
    String target,
    Task task,
    ModelKind modelKind,
    Map<String, String> hyperparameters,
    long seed,
    DeviceInfo device,
    Map<String, String> versions,
    RunStatus status,
    Instant startedAt,
    Instant endedAt,
    String error,
    Long modelId,
    Metrics testMetrics,
    String route) {

  /** Copies the maps, keeping their order. */
  public RunInfo {
    hyperparameters = hyperparameters == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(hyperparameters));
    versions = versions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  /** A run with no training route recorded (it cannot be resumed), as runs were made before routes. */
  public RunInfo(long id, long datasetId, String datasetName, int datasetVersion, String target, Task task,
      ModelKind modelKind, Map<String, String> hyperparameters, long seed, DeviceInfo device,
      Map<String, String> versions, RunStatus status, Instant startedAt, Instant endedAt, String error,
      Long modelId, Metrics testMetrics) {
    this(id, datasetId, datasetName, datasetVersion, target, task, modelKind, hyperparameters, seed, device,
        versions, status, startedAt, endedAt, error, modelId, testMetrics, null);
  }

  /**
   * How long the run took: its wall time from {@link #startedAt()} to {@link #endedAt()}, as the
   * project's store recorded them. This is a run's one duration: the run view, the HTML report and
   * the PDF report all show it, through {@link #durationText()}. It covers everything the run did
   * (reading the data, the epochs, testing, saving the model), not only the epochs; a resumed run
   * keeps its first start, so it includes the time it lay stopped.
   *
   * @return the wall time, or empty while the run has not ended (or a time is missing, or the
   *     clock went backwards)
   */
  public Optional<Duration> duration() {
    if (startedAt == null || endedAt == null || endedAt.isBefore(startedAt)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(startedAt, endedAt));
  }

  /**
   * {@link #duration()} in words, for example {@code 2 min 5 s} (see {@link Durations#spoken}), or
   * {@code still running} while a running run has no end; {@link Durations#NONE} when a stopped run
   * has no end recorded.
   */
  public String durationText() {
    return duration().map(Durations::spoken)
        .orElse(status == RunStatus.RUNNING ? "still running" : Durations.NONE);
  }

  /**
   * What the run trained, as one short word for tables and JSON: the model kind's label
   * ({@code mlp}, {@code linear}, {@code cnn}), or for a fine-tuned TensorFlow SavedModel
   * {@code savedmodel-head} (a new head on its frozen features) or {@code savedmodel-full} (the
   * model's own train signature), or for text the route ({@code text-tfidf}, {@code text-head},
   * {@code text-full}). Empty when nothing is known.
   */
  public String kindLabel() {
    if (route != null && (route.startsWith("savedmodel-") || route.startsWith("text-"))) {
      return route;
    }
    String strategy = hyperparameters.get("strategy");
    if (route == null && strategy != null && !strategy.isBlank()) {
      return "savedmodel-" + strategy;
    }
    return modelKind == null ? "" : modelKind.label();
  }

  /** Whether the run fine-tuned a TensorFlow SavedModel (its route, or for runs older than routes a strategy). */
  public boolean finetunesSavedModel() {
    if (route != null) {
      return route.startsWith("savedmodel-");
    }
    String strategy = hyperparameters.get("strategy");
    return strategy != null && !strategy.isBlank();
  }
}
