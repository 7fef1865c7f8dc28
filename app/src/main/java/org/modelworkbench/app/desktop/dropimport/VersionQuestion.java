package org.modelworkbench.app.desktop.dropimport;

import java.nio.file.Path;
import org.modelworkbench.model.DatasetInfo;

/**
 * Asks, before a file is imported, whether a file with the same columns as an existing dataset is
 * that dataset's new version or a dataset of its own. Called on the UI thread; it may wait for the
 * user.
 */
@FunctionalInterface
public interface VersionQuestion {
  /** What the user chose. */
  enum Answer {
    /** Import it as the next version of the existing dataset (the default). */
    NEW_VERSION,
    /** Import it as a dataset of its own, named after the file. */
    NEW_DATASET,
    /** Do not import the file. */
    CANCEL
  }

  /**
   * Asks the question.
   *
   * @param file the file about to be imported
   * @param ownName the name it gets as a dataset of its own
   * @param existing the latest version of the dataset with the same columns
   */
  Answer ask(Path file, String ownName, DatasetInfo existing);
}
