package org.modelworkbench.app.desktop.support;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.app.desktop.common.FileDialogs;
import org.modelworkbench.app.desktop.common.FileType;

/** File choosers that answer with paths the test prepared, in order. */
public final class ScriptedFileDialogs implements FileDialogs {
  private final Deque<Path> answers = new ArrayDeque<>();
  private final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The next chooser answers with this path. */
  public void answer(Path path) {
    answers.add(path);
  }

  /** The choosers asked for so far, as "folder: title", "files: title", "file: title" or "save: title". */
  public List<String> asked() {
    return asked;
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    asked.add("folder: " + title);
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public List<Path> openFiles(String title, FileType type) {
    asked.add("files: " + title);
    Path next = answers.poll();
    return next == null ? List.of() : List.of(next);
  }

  @Override
  public Optional<Path> openFile(String title, FileType type) {
    asked.add("file: " + title);
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
    asked.add("save: " + title);
    return Optional.ofNullable(answers.poll());
  }
}
