package org.modelworkbench.app.desktop.main;

import java.util.List;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;

/** What views may ask the main window to do. */
interface WindowActions {
  /** Opens the file chooser to import data (Ctrl+I). */
  void importWithChooser();

  /** Opens the folder chooser to import a folder of pictures or texts per class (Ctrl+Shift+I). */
  void importFolderWithChooser();

  /** Asks for a model folder (text model, SavedModel) and imports it into the library. */
  void importModelFolder();

  /** Opens the train dialog for a dataset, proposing a target (or null). */
  void train(DatasetInfo dataset, String target);

  /** Opens the train dialog for a dataset, proposing a target (or null) and columns to leave out. */
  void train(DatasetInfo dataset, String target, List<String> excluded);

  /** Opens the train dialog for a dataset with a library model proposed as the base to fine-tune. */
  void fineTune(DatasetInfo dataset, String target, String baseModel);

  /** Continues a stopped run from its last checkpoint, with the live monitor. */
  void resume(RunInfo run);

  /** Selects an item of the sidebar by identity, for example "run:7". */
  void select(String identity);
}
