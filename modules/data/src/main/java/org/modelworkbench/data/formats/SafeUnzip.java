package org.modelworkbench.data.formats;

import java.nio.file.Path;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataFormatException;
import org.modelworkbench.model.ProgressListener;

/**
 * Unpacks a zip archive for callers outside the importers (for example a zipped model) with the
 * same safety checks as a data import: no entries outside the folder, no links, no zip bombs.
 */
public final class SafeUnzip {
  private SafeUnzip() {}

  /**
   * Extracts the archive into a new temporary folder; the caller deletes it when done.
   *
   * @param zip the archive
   * @return the folder holding its entries
   * @throws DataFormatException naming the archive when it is damaged or refused
   */
  public static Path extract(Path zip) {
    return ZipExtractor.extract(zip, ZipLimits.DEFAULT, ProgressListener.NONE, CancellationToken.none());
  }

  /** Deletes a folder made by {@link #extract}, ignoring failures. */
  public static void delete(Path folder) {
    Folders.deleteQuietly(folder);
  }
}
