package org.modelworkbench.app.desktop.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder choosers the window asks the user through. The window uses the native
 * JavaFX choosers; tests answer with prepared paths.
 */
public interface FileDialogs {
  /** Asks for a folder. */
  Optional<Path> chooseFolder(String title, Path initial);

  /** Asks for one or more files to read. */
  List<Path> openFiles(String title, FileType type);

  /** Asks for one file to read. */
  Optional<Path> openFile(String title, FileType type);

  /**
   * Asks where to save a file.
   *
   * @param title the chooser's title
   * @param suggestedName the proposed file name
   * @param types the offered types; the first one is selected
   * @return the chosen file
   */
  Optional<Path> saveFile(String title, String suggestedName, List<FileType> types);
}
