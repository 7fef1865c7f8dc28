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

/** File choosers of the operating system, through JavaFX. */
public final class FxFileDialogs implements FileDialogs {
  private final Supplier<Window> owner;
  private File lastFolder;

  /** Creates the choosers; they open over the window the supplier returns. */
  public FxFileDialogs(Supplier<Window> owner) {
    this.owner = owner;
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
  public List<Path> openFiles(String title, FileType type) {
    List<File> files = chooser(title, List.of(type)).showOpenMultipleDialog(owner.get());
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    lastFolder = files.get(0).getParentFile();
    return files.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> openFile(String title, FileType type) {
    File file = chooser(title, List.of(type)).showOpenDialog(owner.get());
    if (file != null) {
      lastFolder = file.getParentFile();
    }
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
    FileChooser chooser = chooser(title, types);
    chooser.setInitialFileName(suggestedName);
    File file = chooser.showSaveDialog(owner.get());
    if (file != null) {
      lastFolder = file.getParentFile();
    }
    return Optional.ofNullable(file).map(File::toPath);
  }

  private FileChooser chooser(String title, List<FileType> types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    for (FileType type : types) {
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
    }
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    return chooser;
  }
}
