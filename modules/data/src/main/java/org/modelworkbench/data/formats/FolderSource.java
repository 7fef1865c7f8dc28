package org.modelworkbench.data.formats;

import java.io.IOException;
import java.nio.file.Path;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/** Reads a folder with one sub-folder per class as images or texts, as asked or as its files suggest. */
final class FolderSource {
  private FolderSource() {}

  /**
   * Reads the folder.
   *
   * @param kind the kind asked for, or null to guess from the files
   * @throws DataFormatException when a table is asked for, or no images (or texts) are found
   */
  static DatasetRead read(Path folder, DatasetKind kind, ProgressListener progress,
      CancellationToken cancel) {
    String name = Folders.nameOf(folder);
    if (kind == DatasetKind.TABULAR) {
      throw new DataFormatException(name, 0, null, "this is a folder; a table must be a CSV, Excel "
          + "or JSON Lines file.");
    }
    try {
      progress.progress(-1, "Listing " + name);
      ClassFolderScan scan = ClassFolderScan.scan(folder, cancel);
      DatasetKind chosen = kind != null ? kind : scan.guess();
      if (chosen == null) {
        throw ImageFolderSource.noImages(name);
      }
      return chosen == DatasetKind.TEXT
          ? TextFolderSource.read(scan, progress, cancel)
          : ImageFolderSource.read(scan, progress, cancel);
    } catch (IOException e) {
      DataFormatException error = new DataFormatException(name, 0, null,
          "the folder could not be read (" + e.getMessage() + ").");
      error.initCause(e);
      throw error;
    }
  }

  /** The kind a folder holds. */
  static DatasetKind detect(Path folder) {
    try {
      DatasetKind kind = ClassFolderScan.scan(folder, CancellationToken.none()).guess();
      if (kind == null) {
        throw ImageFolderSource.noImages(Folders.nameOf(folder));
      }
      return kind;
    } catch (IOException e) {
      DataFormatException error = new DataFormatException(Folders.nameOf(folder), 0, null,
          "the folder could not be read (" + e.getMessage() + ").");
      error.initCause(e);
      throw error;
    }
  }
}
