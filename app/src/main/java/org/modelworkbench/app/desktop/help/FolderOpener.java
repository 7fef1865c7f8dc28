package org.modelworkbench.app.desktop.help;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager. Called off the UI thread: it may take a while. */
@FunctionalInterface
public interface FolderOpener {
  /**
   * Opens the folder.
   *
   * @throws IOException when no file manager could open it
   */
  void open(Path folder) throws IOException;
}
