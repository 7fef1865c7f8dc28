package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.json.MetricsJson;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;

/**
 * Training runs: their settings, device, split, curve and outcome. Every write commits at once, so
 * a crash keeps everything written before it.
 */
public final class RunRepository {
  /** The error stored on runs found RUNNING when a project opens. */
  static final String INTERRUPTED_ERROR =
      "Model Workbench stopped while this run was training; its curve up to the last finished epoch is kept.";

  private final Database database;

  RunRepository(Database database) {
    this.database = database;
  }

  /**
   * Records a new run with status RUNNING, started now.
   *
   * @param datasetId the dataset version it trains on
   * @param settings the settings; {@link TrainingSettings#asMap()} is stored as its hyperparameters
   * @param task the task actually trained (the settings may leave it to be inferred)
   * @param device the device, or null if not known yet (see {@link #updateDevice})
   * @param versions engine and library versions, or null
   * @param split the row split, or null if not made yet
   * @return the run id
   * @see #start(long, TrainingSettings, Task, DeviceInfo, Map, DataSplit, String)
   */
  public long start(long datasetId, TrainingSettings settings, Task task, DeviceInfo device,
      Map<String, String> versions, DataSplit split) {
    return start(datasetId, settings, task, device, versions, split, null);
  }

  /**
   * Records a new run with status RUNNING, started now, on a training route.
   *
   * @param datasetId the dataset version it trains on
   * @param settings the settings; {@link TrainingSettings#asMap()} is stored as its hyperparameters
   * @param task the task actually trained (the settings may leave it to be inferred)
   * @param device the device, or null if not known yet (see {@link #updateDevice})
   * @param versions engine and library versions, or null
   * @param split the row split, or null if not made yet
   * @param route the training route that runs it, which resuming it takes again; null records a run
   *     that cannot be resumed
   * @return the run id
   */
  public long start(long datasetId, TrainingSettings settings, Task task, DeviceInfo device,
      Map<String, String> versions, DataSplit split, String route) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(task, "task");
    return database.transaction("Could not record the new training run.", c -> {
      long runId;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (dataset_id, target, task, model_kind, "
          + "hyperparameters, seed, device, versions, status, started_at, training_route) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, datasetId);
        ps.setString(2, settings.target());
        ps.setString(3, task.name());
        ps.setString(4, settings.modelKind().name());
        ps.setString(5, MetricsJson.toJson(settings.asMap()));
        ps.setLong(6, settings.seed());
        SqlValues.setText(ps, 7, RunRows.deviceJson(device));
        ps.setString(8, MetricsJson.toJson(versions == null ? Map.of() : versions));
        ps.setString(9, RunStatus.RUNNING.name());
        SqlValues.setInstant(ps, 10, SqlValues.now());
        SqlValues.setText(ps, 11, route);
        ps.executeUpdate();
        runId = SqlValues.generatedId(ps);
      }
      if (split != null) {
        RunSplits.insert(c, runId, split);
      }
      return runId;
    });
  }

  /**
   * Records settings beyond {@link TrainingSettings} with a run, for example the fine-tuning
   * {@code strategy}; they join its stored hyperparameters.
   *
   * @param runId the run
   * @param settings for example {@code strategy=full}; an existing name is replaced
   * @param stored the run's hyperparameters as stored so far
   */
  public void addHyperparameters(long runId, Map<String, String> settings, Map<String, String> stored) {
    Map<String, String> all = new java.util.LinkedHashMap<>(stored);
    all.putAll(settings);
    update(runId, "Could not record the settings of run " + runId + ".",
        "UPDATE runs SET hyperparameters = ? WHERE id = ?", ps -> {
          ps.setString(1, MetricsJson.toJson(all));
          ps.setLong(2, runId);
        });
  }

  /** Stores the device a run really got and the library versions, once the engine is up. */
  public void updateDevice(long runId, DeviceInfo device, Map<String, String> versions) {
    update(runId, "Could not record the device of run " + runId + ".",
        "UPDATE runs SET device = ?, versions = ? WHERE id = ?", ps -> {
          SqlValues.setText(ps, 1, RunRows.deviceJson(device));
          ps.setString(2, MetricsJson.toJson(versions == null ? Map.of() : versions));
          ps.setLong(3, runId);
        });
  }

  /**
   * Adds one point of the training curve and commits it at once. Reporting an epoch again
   * replaces it.
   */
  public void addEpoch(long runId, EpochMetrics epoch) {
    Objects.requireNonNull(epoch, "epoch");
    database.read("Could not record epoch " + epoch.epoch() + " of run " + runId + ".", c -> {
      try (PreparedStatement ps = c.prepareStatement("MERGE INTO run_epochs (run_id, epoch, train_loss, "
          + "validation_loss, validation_metric, rows_per_second, elapsed_ms) KEY (run_id, epoch) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, runId);
        ps.setInt(2, epoch.epoch());
        ps.setDouble(3, epoch.trainLoss());
        ps.setDouble(4, epoch.validationLoss());
        ps.setDouble(5, epoch.validationMetric());
        ps.setDouble(6, epoch.rowsPerSecond());
        ps.setLong(7, epoch.elapsedMillis());
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Ends a run: sets its status, end time, error, kept model and test metrics.
   *
   * @param status how it ended; not RUNNING
   * @param error the error message of a failed run, or null
   * @param modelId the kept model, or null
   * @param testMetrics metrics on the test split, or null
   */
  public void finish(long runId, RunStatus status, String error, Long modelId, Metrics testMetrics) {
    Objects.requireNonNull(status, "status");
    if (status == RunStatus.RUNNING) {
      throw new IllegalArgumentException("A finished run cannot be RUNNING");
    }
    update(runId, "Could not record the end of run " + runId + ".",
        "UPDATE runs SET status = ?, ended_at = ?, error = ?, model_id = ?, test_metrics = ? WHERE id = ?", ps -> {
          ps.setString(1, status.name());
          SqlValues.setInstant(ps, 2, SqlValues.now());
          SqlValues.setText(ps, 3, error);
          SqlValues.setLong(ps, 4, modelId);
          SqlValues.setText(ps, 5, RunRows.metricsJson(testMetrics));
          ps.setLong(6, runId);
        });
  }

  /**
   * Sets a stopped run (cancelled, failed or interrupted) back to RUNNING, clearing its end time
   * and error, so it can continue from a checkpoint. Its curve and split stay.
   *
   * @throws WorkbenchException when the run does not exist or is running or completed
   */
  public void reopen(long runId) {
    update(runId, "Could not reopen run " + runId + ".",
        "UPDATE runs SET status = ?, ended_at = NULL, error = NULL WHERE id = ? AND status IN (?, ?, ?)", ps -> {
          ps.setString(1, RunStatus.RUNNING.name());
          ps.setLong(2, runId);
          ps.setString(3, RunStatus.CANCELLED.name());
          ps.setString(4, RunStatus.FAILED.name());
          ps.setString(5, RunStatus.INTERRUPTED.name());
        });
  }

  /** A run by id. */
  public Optional<RunInfo> find(long runId) {
    return database.read("Could not read run " + runId + ".", c -> {
      try (PreparedStatement ps = c.prepareStatement(RunRows.SELECT_RUNS + "WHERE r.id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(RunRows.run(rs)) : Optional.<RunInfo>empty();
        }
      }
    });
  }

  /** Every run, newest first. */
  public List<RunInfo> list() {
    return database.read("Could not read the project's runs.", c -> {
      List<RunInfo> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(RunRows.SELECT_RUNS + "ORDER BY r.started_at DESC, r.id DESC");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(RunRows.run(rs));
        }
      }
      return out;
    });
  }

  /** The training curve of a run, by epoch; empty if none was recorded. */
  public List<EpochMetrics> curve(long runId) {
    return database.read("Could not read the training curve of run " + runId + ".", c -> {
      List<EpochMetrics> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(RunRows.SELECT_EPOCHS)) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(RunRows.epoch(rs));
          }
        }
      }
      return out;
    });
  }

  /**
   * The row split of a run.
   *
   * @throws WorkbenchException if the run has no stored split
   */
  public DataSplit split(long runId) {
    DataSplit split = database.read("Could not read the data split of run " + runId + ".",
        c -> RunSplits.find(c, runId));
    if (split == null) {
      throw new WorkbenchException("No data split is stored for run " + runId + ".");
    }
    return split;
  }

  /**
   * Marks every RUNNING run INTERRUPTED. Only safe while this process holds the database file,
   * which is why only {@link ProjectDatabase#open} calls it. The end time becomes the end of the
   * last recorded epoch, the run's last sign of life; it stays empty for a run without epochs.
   *
   * @return how many runs were marked
   */
  int markInterrupted() {
    return database.read("Could not mark unfinished runs as interrupted.", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, error = ?, ended_at = "
          + "DATEADD(MILLISECOND, (SELECT MAX(e.elapsed_ms) FROM run_epochs e WHERE e.run_id = runs.id), started_at) "
          + "WHERE status = ?")) {
        ps.setString(1, RunStatus.INTERRUPTED.name());
        ps.setString(2, INTERRUPTED_ERROR);
        ps.setString(3, RunStatus.RUNNING.name());
        return ps.executeUpdate();
      }
    });
  }

  private void update(long runId, String failure, String sql, Binder binder) {
    int updated = database.read(failure, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      throw new WorkbenchException("There is no run with id " + runId + " in this project.");
    }
  }

  /** Binds the parameters of an update. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }
}
