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

  /** The next chooser answers with this path. */
  public void answer(Path path) {
    answers.add(path);
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public List<Path> openFiles(String title, FileType type) {
    Path next = answers.poll();
    return next == null ? List.of() : List.of(next);
  }

  @Override
  public Optional<Path> openFile(String title, FileType type) {
    return Optional.ofNullable(answers.poll());
  }

  @Override
  public Optional<Path> saveFile(String title, String suggestedName, List<FileType> types) {
    return Optional.ofNullable(answers.poll());
  }
}
