package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;

/** A log of batch predictions: which model scored which file into which output. */
public final class PredictionRepository {
  private final Database database;

  PredictionRepository(Database database) {
    this.database = database;
  }

  /**
   * Records a batch prediction made now.
   *
   * @param runId the run whose model predicted, or null
   * @param modelId the model that predicted, or null
   * @param inputFile the scored file, as given
   * @param outputFile the written file, as given
   * @param rowCount rows predicted
   * @return the record's id
   */
  public long insert(Long runId, Long modelId, String inputFile, String outputFile, long rowCount) {
    Objects.requireNonNull(inputFile, "inputFile");
    Objects.requireNonNull(outputFile, "outputFile");
    return database.read("Could not record the prediction.", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO predictions (run_id, model_id, input_file, "
          + "output_file, row_count, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        SqlValues.setLong(ps, 1, runId);
        SqlValues.setLong(ps, 2, modelId);
        ps.setString(3, inputFile);
        ps.setString(4, outputFile);
        ps.setLong(5, rowCount);
        SqlValues.setInstant(ps, 6, SqlValues.now());
        ps.executeUpdate();
        return SqlValues.generatedId(ps);
      }
    });
  }

  /** How many predictions were recorded. */
  public long count() {
    return database.read("Could not count the project's predictions.", c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM predictions")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
