package org.modelworkbench.app;

import java.nio.file.Path;
import org.modelworkbench.model.UserFolders;

/**
 * Where projects and logs live by default.
 */
public final class ProjectLocator {
  private ProjectLocator() {}

  /** The project used when none is named: {@code ~/ModelWorkbench/default}. */
  public static Path defaultProject() {
    return UserFolders.forCurrentUser().projects().resolve("default");
  }

  /** The log file that holds technical details of errors. */
  public static Path logFile() {
    return UserFolders.forCurrentUser().logFile();
  }
}
