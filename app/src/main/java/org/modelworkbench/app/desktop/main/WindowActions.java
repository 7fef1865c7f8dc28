package org.modelworkbench.app.desktop.main;

import org.modelworkbench.model.DatasetInfo;

/** What views may ask the main window to do. */
interface WindowActions {
  /** Opens the file chooser to import data (Ctrl+I). */
  void importWithChooser();

  /** Opens the train dialog for a dataset, proposing a target (or null). */
  void train(DatasetInfo dataset, String target);

  /** Selects an item of the sidebar by identity, for example "run:7". */
  void select(String identity);
}
