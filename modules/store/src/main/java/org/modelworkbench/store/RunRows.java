package org.modelworkbench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.store.json.MetricsJson;
import org.modelworkbench.store.sql.SqlValues;

/** The run queries and the mapping of their rows to {@link RunInfo} and {@link EpochMetrics}. */
final class RunRows {
  /** Runs joined with their dataset version; callers add a constant WHERE / ORDER BY. */
  static final String SELECT_RUNS = "SELECT r.id, r.dataset_id, d.name AS dataset_name, "
      + "d.version AS dataset_version, r.target, r.task, r.model_kind, r.hyperparameters, r.seed, r.device, "
      + "r.versions, r.status, r.started_at, r.ended_at, r.error, r.model_id, r.test_metrics, r.training_route "
      + "FROM runs r JOIN datasets d ON d.id = r.dataset_id ";
  /** A run's curve in epoch order. */
  static final String SELECT_EPOCHS = "SELECT epoch, train_loss, validation_loss, validation_metric, "
      + "rows_per_second, elapsed_ms FROM run_epochs WHERE run_id = ? ORDER BY epoch";

  private RunRows() {}

  /** Maps the current row of a {@link #SELECT_RUNS} query. */
  static RunInfo run(ResultSet rs) throws SQLException {
    String device = rs.getString("device");
    String metrics = rs.getString("test_metrics");
    return new RunInfo(
        rs.getLong("id"),
        rs.getLong("dataset_id"),
        rs.getString("dataset_name"),
        rs.getInt("dataset_version"),
        rs.getString("target"),
        Task.valueOf(rs.getString("task")),
        ModelKind.valueOf(rs.getString("model_kind")),
        MetricsJson.mapFromJson(rs.getString("hyperparameters")),
        rs.getLong("seed"),
        device == null ? null : MetricsJson.deviceFromJson(device),
        MetricsJson.mapFromJson(rs.getString("versions")),
        RunStatus.valueOf(rs.getString("status")),
        SqlValues.getInstant(rs, "started_at"),
        SqlValues.getInstant(rs, "ended_at"),
        rs.getString("error"),
        SqlValues.getLong(rs, "model_id"),
        metrics == null ? null : MetricsJson.fromJson(metrics),
        rs.getString("training_route"));
  }

  /** Maps the current row of a {@link #SELECT_EPOCHS} query. */
  static EpochMetrics epoch(ResultSet rs) throws SQLException {
    return new EpochMetrics(rs.getInt("epoch"), rs.getDouble("train_loss"), rs.getDouble("validation_loss"),
        rs.getDouble("validation_metric"), rs.getDouble("rows_per_second"), rs.getLong("elapsed_ms"));
  }

  /** A device as JSON for binding, or null. */
  static String deviceJson(DeviceInfo device) {
    return device == null ? null : MetricsJson.toJson(device);
  }

  /** Metrics as JSON for binding, or null. */
  static String metricsJson(Metrics metrics) {
    return metrics == null ? null : MetricsJson.toJson(metrics);
  }
}
