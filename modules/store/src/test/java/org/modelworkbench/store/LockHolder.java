package org.modelworkbench.store;

import java.nio.file.Path;

/**
 * Opens a project in a separate JVM and keeps it open until its standard input closes, so a test
 * can meet H2's real file lock from another process.
 */
public final class LockHolder {
  /** The line printed once the project is open. */
  static final String READY = "PROJECT-OPEN";

  private LockHolder() {}

  /**
   * Opens the project folder given as the only argument.
   *
   * @param args the project folder
   */
  public static void main(String[] args) throws Exception {
    try (ProjectDatabase project = ProjectDatabase.open(Path.of(args[0]))) {
      System.out.println(READY);
      System.out.flush();
      while (System.in.read() >= 0) {
        // Wait for the parent test to close our input.
      }
    }
  }
}
