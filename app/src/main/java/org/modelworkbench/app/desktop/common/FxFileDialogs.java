package org.modelworkbench.app.desktop.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File choosers of the operating system, through JavaFX. Files to read open where the last import
 * was chosen, files to write where the last export went (see {@link LastFolders}).
 */
public final class FxFileDialogs implements FileDialogs {
  private final Supplier<Window> owner;
  private final LastFolders folders;

  /**
   * Creates the choosers.
   *
   * @param owner the window they open over
   * @param folders where the last import and the last export were chosen, kept between starts
   */
  public FxFileDialogs(Supplier<Window> owner, LastFolders folders) {
    this.owner = owner;
    this.folders = folders;
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (initial != null && Files.isDirectory(initial)) {
      chooser.setInitialDirectory(initial.toFile());
    }
    return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFolderFor(String title, LastFolders.Use use) {
    Optional<Path> chosen = chooseFolder(title, folders.last(use).orElse(null));
    chosen.ifPresent(folder -> folders.remember(use, folder));
    return chosen;
  }

  @Override
  public List<Path> openFiles(String title, FileType type) {
    List<File> files = chooser(title, List.of(type), LastFolders.Use.IMPORT).showOpenMultipleDialog(owner.get());
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    folders.remember(LastFolders.Use.IMPORT, files.get(0).toPath());
    return files.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> openFile(String title, FileType type) {
    File file = chooser(title, List.of(type), LastFolders.Use.IMPORT).showOpenDialog(owner.get());
    if (file != null) {
      folders.remember(LastFolders.Use.IMPORT, file.toPath());
    }
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
    FileChooser chooser = chooser(title, types, LastFolders.Use.EXPORT);
    chooser.setInitialFileName(suggestedName);
    File file = chooser.showSaveDialog(owner.get());
    if (file != null) {
      folders.remember(LastFolders.Use.EXPORT, file.toPath());
    }
    return Optional.ofNullable(file).map(File::toPath);
  }

  private FileChooser chooser(String title, List<FileType> types, LastFolders.Use use) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    for (FileType type : types) {
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
    }
    folders.last(use).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    return chooser;
  }
}
