package org.modelworkbench.app.desktop.help;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.modelworkbench.app.desktop.jobs.JobRunner;

/**
 * Help ▸ Open log folder: makes the log folder if it is missing and opens it in the file
 * manager, in the background. When it cannot be opened, the window is told in one sentence
 * that names the folder, so the user can go there by hand.
 */
public final class LogFolder {
  private final JobRunner runner;
  private final Path folder;
  private final FolderOpener opener;

  /**
   * Creates the command.
   *
   * @param runner runs the opening in the background
   * @param folder the log folder ({@code UserFolders.logs()})
   * @param opener opens folders ({@link SystemFolderOpener} in the window)
   */
  public LogFolder(JobRunner runner, Path folder, FolderOpener opener) {
    this.runner = runner;
    this.folder = folder;
    this.opener = opener;
  }

  /**
   * Opens the folder.
   *
   * @param failed called on the UI thread with the sentence to show when it could not be opened
   */
  public void open(Consumer<String> failed) {
    runner.job("Open the log folder", context -> {
      Files.createDirectories(folder);
      opener.open(folder);
      return folder;
    }).hidden()
        .onError(error -> failed.accept(failure(folder, error)))
        .start();
  }

  /** "The log folder could not be opened (reason). It is /home/ana/.local/state/modelworkbench/logs." */
  static String failure(Path folder, Throwable error) {
    String reason = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName()
        : error.getMessage();
    String what = error instanceof IOException && !Files.isDirectory(folder)
        ? "The log folder could not be made (" : "The log folder could not be opened (";
    return what + reason + "). It is " + folder + "; open it in your file manager.";
  }

  /** The folder this command opens. */
  public Path folder() {
    return folder;
  }
}
