package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.TopKAccuracy;
import org.modelworkbench.store.json.MetricsJson;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;

/** Stored evaluations: metrics of a model on a dataset version or on a run's test split. */
public final class EvaluationRepository {
  private static final String SELECT = "SELECT id, run_id, model_id, dataset_id, split, metrics, created_at "
      + "FROM evaluations ";

  private final Database database;

  EvaluationRepository(Database database) {
    this.database = database;
  }

  /**
   * Stores an evaluation made now.
   *
   * @param runId the run whose model was scored, or null
   * @param modelId the model scored, or null
   * @param datasetId the dataset version scored on
   * @param split which rows: {@code test} for a run's test split, {@code all} for a whole dataset
   * @param metrics the metrics
   * @return the stored evaluation
   */
  public EvaluationInfo insert(Long runId, Long modelId, long datasetId, String split, Metrics metrics) {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(metrics, "metrics");
    Instant now = SqlValues.now();
    long id = database.read("Could not save the evaluation.", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluations (run_id, model_id, dataset_id, "
          + "split, metrics, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        SqlValues.setLong(ps, 1, runId);
        SqlValues.setLong(ps, 2, modelId);
        ps.setLong(3, datasetId);
        ps.setString(4, split);
        ps.setString(5, MetricsJson.toJson(metrics));
        SqlValues.setInstant(ps, 6, now);
        ps.executeUpdate();
        return SqlValues.generatedId(ps);
      }
    });
    return new EvaluationInfo(id, runId, modelId, datasetId, split, metrics, now);
  }

  /**
   * Stores an evaluation made now together with its top-k accuracy.
   *
   * @param runId the run whose model was scored, or null
   * @param modelId the model scored, or null
   * @param datasetId the dataset version scored on
   * @param split which rows
   * @param metrics the metrics
   * @param topK the top-k accuracy, or null
   * @return the stored evaluation
   */
  public EvaluationInfo insert(Long runId, Long modelId, long datasetId, String split, Metrics metrics,
      TopKAccuracy topK) {
    EvaluationInfo stored = insert(runId, modelId, datasetId, split, metrics);
    if (topK != null) {
      database.read("Could not save the top-k accuracy of evaluation " + stored.id() + ".", c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE evaluations SET top_k = ?, top_k_accuracy = ? WHERE id = ?")) {
          ps.setInt(1, topK.k());
          ps.setDouble(2, topK.accuracy());
          ps.setLong(3, stored.id());
          return ps.executeUpdate();
        }
      });
    }
    return stored;
  }

  /** The top-k accuracy stored with an evaluation, if any. */
  public Optional<TopKAccuracy> topK(long evaluationId) {
    return database.read("Could not read the project's evaluations.", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT top_k, top_k_accuracy FROM evaluations WHERE id = ? AND top_k IS NOT NULL")) {
        ps.setLong(1, evaluationId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new TopKAccuracy(rs.getInt(1), rs.getDouble(2))) : Optional.empty();
        }
      }
    });
  }

  /** The evaluations of a model (from a run or on its own), oldest first. */
  public List<EvaluationInfo> forModel(long modelId) {
    return query("WHERE model_id = ? ORDER BY id", modelId);
  }

  /** The evaluations of a run's model, oldest first. */
  public List<EvaluationInfo> forRun(long runId) {
    return query("WHERE run_id = ? ORDER BY id", runId);
  }

  /** Every evaluation, newest first. */
  public List<EvaluationInfo> list() {
    return query("ORDER BY id DESC");
  }

  private List<EvaluationInfo> query(String tail, Object... params) {
    return database.read("Could not read the project's evaluations.", c -> {
      List<EvaluationInfo> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SELECT + tail)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EvaluationInfo(rs.getLong("id"), SqlValues.getLong(rs, "run_id"),
                SqlValues.getLong(rs, "model_id"), rs.getLong("dataset_id"), rs.getString("split"),
                MetricsJson.fromJson(rs.getString("metrics")), SqlValues.getInstant(rs, "created_at")));
          }
        }
      }
      return out;
    });
  }
}
