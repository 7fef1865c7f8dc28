package org.modelworkbench.app.desktop.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder choosers the window asks the user through. The window uses the native
 * JavaFX choosers, which open where the same kind of choice was made last (importing and
 * exporting each keep their own folder); tests answer with prepared paths.
 */
public interface FileDialogs {
  /** Asks for a folder. */
  Optional<Path> chooseFolder(String title, Path initial);

  /**
   * Asks for a folder to import from or export to, starting where that kind of choice was made
   * last. By default it is asked like any other folder.
   *
   * @param title the chooser's title
   * @param use whether the folder is read (import) or written (export)
   */
  default Optional<Path> chooseFolderFor(String title, LastFolders.Use use) {
    return chooseFolder(title, null);
  }

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
