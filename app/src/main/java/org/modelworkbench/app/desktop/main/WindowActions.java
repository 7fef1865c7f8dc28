package org.modelworkbench.app.desktop.main;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;

/** What views may ask the main window to do. */
interface WindowActions {
  /** Opens the file chooser to import data (Ctrl+I). */
  void importWithChooser();

  /** Opens the train dialog for a dataset, proposing a target (or null). */
  void train(DatasetInfo dataset, String target);

  /** Opens the train dialog for a dataset, proposing a target (or null) and columns to leave out. */
  void train(DatasetInfo dataset, String target, List<String> excluded);

  /** Selects an item of the sidebar by identity, for example "run:7". */
  void select(String identity);
}
