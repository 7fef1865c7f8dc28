package org.modelworkbench.app.desktop.main;

import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;

/** An entry of the sidebar: a section heading, a dataset, a model or a run. */
public sealed interface SidebarItem {
  /** A stable key, so a selection survives a refresh of the lists. */
  String key();

  /** The sections of the sidebar. */
  enum Kind {
    /** Imported data. */
    DATASETS,
    /** Trained models. */
    MODELS,
    /** Training runs. */
    RUNS
  }

  /**
   * A section heading; selecting it shows the section's overview.
   *
   * @param kind which section
   */
  record Section(Kind kind) implements SidebarItem {
    @Override
    public String key() {
      return "section:" + kind;
    }
  }

  /**
   * A dataset.
   *
   * @param dataset its latest version
   */
  record Dataset(DatasetInfo dataset) implements SidebarItem {
    @Override
    public String key() {
      return "dataset:" + dataset.id();
    }
  }

  /**
   * A model.
   *
   * @param model the model
   */
  record Model(ModelInfo model) implements SidebarItem {
    @Override
    public String key() {
      return "model:" + model.id();
    }
  }

  /**
   * A run.
   *
   * @param run the run
   */
  record Run(RunInfo run) implements SidebarItem {
    @Override
    public String key() {
      return "run:" + run.id() + ":" + run.status();
    }
  }
}
