package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.modelworkbench.model.QualityReport;
import org.modelworkbench.store.json.QualityJson;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;

/** The data-quality report stored with each dataset version. */
public final class QualityRepository {
  private final Database database;

  QualityRepository(Database database) {
    this.database = database;
  }

  /** Stores (or replaces) the report of a dataset version. */
  public void save(long datasetId, QualityReport report) {
    database.read("Could not save the data-quality report.", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "MERGE INTO dataset_quality (dataset_id, findings, checked_at) KEY (dataset_id) VALUES (?, ?, ?)")) {
        ps.setLong(1, datasetId);
        ps.setString(2, QualityJson.toJson(report));
        SqlValues.setInstant(ps, 3, SqlValues.now());
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** The stored report of a dataset version, if it has one. */
  public Optional<QualityReport> find(long datasetId) {
    return database.read("Could not read the data-quality report.", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT findings FROM dataset_quality WHERE dataset_id = ?")) {
        ps.setLong(1, datasetId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(QualityJson.fromJson(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }
}
