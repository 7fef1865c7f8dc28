package org.modelworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.json.SignatureJson;
import org.modelworkbench.store.sql.Database;
import org.modelworkbench.store.sql.SqlValues;

/** The project's model library: trained, fine-tuned and imported models, each with a unique name. */
public final class ModelRepository {
  private static final String SELECT = "SELECT id, name, kind, engine, path, task, base_model_id, run_id, "
      + "dataset_id, created_at FROM models ";

  private final Database database;

  ModelRepository(Database database) {
    this.database = database;
  }

  /**
   * Adds a model to the library, created now.
   *
   * @param name a name no other model of the project has
   * @param kind the network kind, for example {@code mlp}
   * @param engine the engine that runs it, for example {@code PyTorch}
   * @param path its folder, relative to the artifacts folder (see {@link ArtifactStore#relativize})
   * @param task classification or regression
   * @param baseModelId the model it was fine-tuned from, or null
   * @param runId the run that made it, or null
   * @param datasetId the dataset version it was trained on, or null
   * @return the stored model
   * @throws WorkbenchException if the name is taken or the database fails
   */
  public ModelInfo insert(String name, String kind, String engine, String path, Task task, Long baseModelId,
      Long runId, Long datasetId) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(task, "task");
    if (name == null || name.isBlank()) {
      throw new WorkbenchException("A model needs a name.");
    }
    Instant now = SqlValues.now();
    try {
      long id = database.read("Could not add the model '" + name + "' to the project.", c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO models (name, kind, engine, path, task, "
            + "base_model_id, run_id, dataset_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, name);
          ps.setString(2, kind);
          ps.setString(3, engine);
          ps.setString(4, path);
          ps.setString(5, task.name());
          SqlValues.setLong(ps, 6, baseModelId);
          SqlValues.setLong(ps, 7, runId);
          SqlValues.setLong(ps, 8, datasetId);
          SqlValues.setInstant(ps, 9, now);
          ps.executeUpdate();
          return SqlValues.generatedId(ps);
        }
      });
      return new ModelInfo(id, name, kind, engine, path, task, baseModelId, runId, datasetId, now);
    } catch (WorkbenchException e) {
      if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
        throw new WorkbenchException("A model named '" + name + "' already exists in this project; "
            + "choose another name.", sql);
      }
      throw e;
    }
  }

  /**
   * Adds a model to the library together with its signature, in one transaction.
   *
   * @param name a name no other model of the project has
   * @param kind the network kind, for example {@code torchscript}
   * @param engine the engine that runs it, for example {@code PyTorch}
   * @param path its folder, relative to the artifacts folder
   * @param task classification or regression
   * @param baseModelId the model it was fine-tuned from, or null
   * @param runId the run that made it, or null
   * @param datasetId the dataset version it was trained on, or null
   * @param signature what it takes and gives
   * @return the stored model
   * @throws WorkbenchException if the name is taken or the database fails
   */
  public ModelInfo insert(String name, String kind, String engine, String path, Task task, Long baseModelId,
      Long runId, Long datasetId, ModelSignature signature) {
    Objects.requireNonNull(signature, "signature");
    ModelInfo model = insert(name, kind, engine, path, task, baseModelId, runId, datasetId);
    try {
      saveSignature(model.id(), signature);
    } catch (WorkbenchException e) {
      database.read("Could not remove the half-added model '" + name + "'.", c -> {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM models WHERE id = ?")) {
          ps.setLong(1, model.id());
          return ps.executeUpdate();
        }
      });
      throw e;
    }
    return model;
  }

  /**
   * Records (or replaces) what a model takes and gives.
   *
   * @param modelId the model
   * @param signature its signature
   * @throws WorkbenchException if there is no such model or the database fails
   */
  public void saveSignature(long modelId, ModelSignature signature) {
    Objects.requireNonNull(signature, "signature");
    int updated = database.read("Could not save the inputs and outputs of model " + modelId + ".", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE models SET input_kind = ?, input_shape = ?, "
          + "output_shape = ?, labels = ?, signatures = ?, source_file = ?, sha256 = ?, model_file = ?, "
          + "description = ?, input_normalization = ? WHERE id = ?")) {
        ps.setString(1, signature.inputKind());
        ps.setString(2, SignatureJson.shapeToText(signature.inputShape()));
        ps.setString(3, SignatureJson.shapeToText(signature.outputShape()));
        ps.setString(4, SignatureJson.labelsToJson(signature.labels()));
        ps.setString(5, SignatureJson.signaturesToJson(signature.signatures()));
        ps.setString(6, signature.sourceFile());
        ps.setString(7, signature.sha256());
        ps.setString(8, signature.modelFile());
        ps.setString(9, signature.description());
        ps.setString(10, signature.normalization().isNone() ? null : signature.normalization().text());
        ps.setLong(11, modelId);
        return ps.executeUpdate();
      }
    });
    if (updated == 0) {
      throw new WorkbenchException("There is no model with id " + modelId + ".");
    }
  }

  /**
   * What a model takes and gives, as recorded; {@link ModelSignature#unknown()} for models stored
   * before signatures were recorded.
   *
   * @throws WorkbenchException if there is no such model
   */
  public ModelSignature signature(long modelId) {
    return database.read("Could not read the inputs and outputs of model " + modelId + ".", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT input_kind, input_shape, output_shape, labels, "
          + "signatures, source_file, sha256, model_file, description, input_normalization FROM models "
          + "WHERE id = ?")) {
        ps.setLong(1, modelId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new WorkbenchException("There is no model with id " + modelId + ".");
          }
          if (rs.getString("input_kind") == null) {
            return ModelSignature.unknown();
          }
          return new ModelSignature(rs.getString("input_kind"),
              SignatureJson.shapeFromText(rs.getString("input_shape")),
              SignatureJson.shapeFromText(rs.getString("output_shape")),
              SignatureJson.labelsFromJson(rs.getString("labels")),
              SignatureJson.signaturesFromJson(rs.getString("signatures")),
              rs.getString("source_file"), rs.getString("sha256"), rs.getString("model_file"),
              rs.getString("description"), ImageNormalization.parse(rs.getString("input_normalization")));
        }
      }
    });
  }

  /** The models fine-tuned from a model, ordered by id. */
  public List<ModelInfo> derivedFrom(long baseModelId) {
    return query("WHERE base_model_id = ? ORDER BY id", baseModelId);
  }

  /** A model by id. */
  public Optional<ModelInfo> find(long id) {
    return first("WHERE id = ?", id);
  }

  /** A model by its exact name. */
  public Optional<ModelInfo> findByName(String name) {
    return first("WHERE name = ?", name);
  }

  /** The model a run made, if any (the first, should there be several). */
  public Optional<ModelInfo> findByRun(long runId) {
    return first("WHERE run_id = ? ORDER BY id FETCH FIRST 1 ROW ONLY", runId);
  }

  /** Every model, ordered by name. */
  public List<ModelInfo> list() {
    return query("ORDER BY name");
  }

  private Optional<ModelInfo> first(String tail, Object... params) {
    return query(tail, params).stream().findFirst();
  }

  private List<ModelInfo> query(String tail, Object... params) {
    return database.read("Could not read the project's models.", c -> {
      List<ModelInfo> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SELECT + tail)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new ModelInfo(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("engine"), rs.getString("path"), Task.valueOf(rs.getString("task")),
                SqlValues.getLong(rs, "base_model_id"), SqlValues.getLong(rs, "run_id"),
                SqlValues.getLong(rs, "dataset_id"), SqlValues.getInstant(rs, "created_at")));
          }
        }
      }
      return out;
    });
  }
}
