package org.modelworkbench.services.catalog;

import java.util.List;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.EvaluationInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Read access to runs, their curves, models and evaluations.
 */
public final class CatalogService {
  private final ProjectDatabase database;

  public CatalogService(ProjectDatabase database) {
    this.database = database;
  }

  /** Every run, newest first. */
  public List<RunInfo> runs() {
    return database.runs().list();
  }

  /**
   * A run by id.
   *
   * @throws WorkbenchException when there is no such run
   */
  public RunInfo run(long runId) {
    return database.runs().find(runId).orElseThrow(() -> new WorkbenchException(
        "There is no run with id " + runId + ". Run 'workbench runs' to see the runs."));
  }

  /** The per-epoch curve of a run. */
  public List<EpochMetrics> curve(long runId) {
    return database.runs().curve(runId);
  }

  /** Every model in the library. */
  public List<ModelInfo> models() {
    return database.models().list();
  }

  /**
   * A model by name.
   *
   * @throws WorkbenchException when there is no such model
   */
  public ModelInfo model(String name) {
    return database.models().findByName(name).orElseThrow(() -> new WorkbenchException(
        "There is no model named '" + name + "'. Run 'workbench models' to see the models."));
  }

  /**
   * A model by id.
   *
   * @throws WorkbenchException when there is no such model
   */
  public ModelInfo model(long id) {
    return database.models().find(id)
        .orElseThrow(() -> new WorkbenchException("There is no model with id " + id + "."));
  }

  /**
   * The model a run kept.
   *
   * @throws WorkbenchException when the run kept no model (failed, cancelled or interrupted)
   */
  public ModelInfo modelOfRun(RunInfo run) {
    if (run.modelId() == null) {
      throw new WorkbenchException("Run " + run.id() + " has no model (its status is "
          + run.status().label() + "). Train again or pick a completed run.");
    }
    return model(run.modelId());
  }

  /** Every stored evaluation of a run's model. */
  public List<EvaluationInfo> evaluations(long runId) {
    return database.evaluations().forRun(runId);
  }

  /** Every stored evaluation. */
  public List<EvaluationInfo> evaluations() {
    return database.evaluations().list();
  }
}
