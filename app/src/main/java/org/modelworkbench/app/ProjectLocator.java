package org.modelworkbench.app;

import java.nio.file.Path;

/**
 * Where projects and logs live by default.
 */
public final class ProjectLocator {
  private ProjectLocator() {}

  /** The project used when none is named: {@code ~/ModelWorkbench/default}. */
  public static Path defaultProject() {
    return Path.of(System.getProperty("user.home"), "ModelWorkbench", "default");
  }

  /** The log file that holds technical details of errors. */
  public static Path logFile() {
    return RuntimeDefaults.appHome().resolve("logs").resolve("workbench.log");
  }
}
