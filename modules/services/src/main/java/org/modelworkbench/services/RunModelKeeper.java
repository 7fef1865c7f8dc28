package org.modelworkbench.services;

import java.nio.file.Path;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelSignature;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Ends a run that finished training: adds the model it kept to the library together with what
 * the model takes and gives, stores its test evaluation, and marks the run completed.
 */
final class RunModelKeeper {
  private final ProjectDatabase database;
  private final CatalogService catalog;

  RunModelKeeper(ProjectDatabase database, CatalogService catalog) {
    this.database = database;
    this.catalog = catalog;
  }

  /**
   * The model a run keeps.
   *
   * @param kind the library kind, for example {@code mlp} or {@value SavedModelFineTuning#HEAD_KIND}
   * @param engine the engine that runs it
   * @param folder its folder inside the run's artifacts
   * @param task classification or regression
   * @param baseModelId the model it was fine-tuned from, or null
   * @param signature what it takes and gives
   */
  record Kept(String kind, String engine, Path folder, Task task, Long baseModelId, ModelSignature signature) {}

  /** Stores the model and the test metrics and completes the run; returns the run as stored. */
  RunInfo keep(long runId, DatasetInfo dataset, Kept kept, Metrics testMetrics) {
    ModelInfo model = database.models().insert(RunModelName.of(database, dataset, runId), kept.kind(),
        kept.engine(), database.artifacts().relativize(kept.folder()), kept.task(), kept.baseModelId(), runId,
        dataset.id(), kept.signature());
    database.evaluations().insert(runId, model.id(), dataset.id(), "test", testMetrics);
    database.runs().finish(runId, RunStatus.COMPLETED, null, model.id(), testMetrics);
    return catalog.run(runId);
  }
}
