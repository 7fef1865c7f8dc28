package org.modelworkbench.services;

import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.store.ProjectDatabase;

/** The library name of the model a run keeps: {@code <dataset>-run<id>}, made unique if taken. */
final class RunModelName {
  private RunModelName() {}

  static String of(ProjectDatabase database, DatasetInfo dataset, long runId) {
    String name = dataset.name() + "-run" + runId;
    return database.models().findByName(name).isPresent() ? name + "-" + System.currentTimeMillis() : name;
  }
}
