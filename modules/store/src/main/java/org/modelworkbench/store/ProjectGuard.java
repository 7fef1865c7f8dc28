package org.modelworkbench.store;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one open {@link ProjectDatabase} per project folder in this JVM.
 *
 * <p>H2's file lock only stops other processes: a second open in the same JVM would silently share
 * the first one's database, and its start-up would mark the first one's running trainings as
 * interrupted. A failed in-JVM attempt through another H2 file system would even release the OS
 * lock (closing any channel on a file drops the process's locks on it). So same-JVM opens are
 * refused here, before H2 is asked.
 */
final class ProjectGuard {
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  private ProjectGuard() {}

  /**
   * Claims a project folder for this JVM.
   *
   * @param realDir the folder's real path, so two spellings of one folder are one claim
   * @return false if it is already open here
   */
  static boolean claim(Path realDir) {
    return OPEN.add(realDir);
  }

  /** Releases a claim made by {@link #claim(Path)}. */
  static void release(Path realDir) {
    OPEN.remove(realDir);
  }
}
