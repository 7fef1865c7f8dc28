package org.modelworkbench.app.desktop.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which project the window opens first: the one named with {@code --project}, else the last one
 * opened (when its folder still exists), else the sample project, filled with the sample
 * datasets so a newcomer sees data at once.
 *
 * @param project the project folder
 * @param sample whether it is the sample project, to be filled when empty
 */
public record StartupProject(Path project, boolean sample) {
  /**
   * Decides the first project.
   *
   * @param fromArguments the {@code --project} folder, if given
   * @param recent the remembered projects
   * @param sampleProject where the sample project lives
   */
  public static StartupProject choose(Optional<Path> fromArguments, RecentProjects recent, Path sampleProject) {
    if (fromArguments.isPresent()) {
      Path named = fromArguments.get();
      return new StartupProject(named, isSame(named, sampleProject));
    }
    Optional<Path> last = recent.last();
    if (last.isPresent() && Files.isDirectory(last.get())) {
      return new StartupProject(last.get(), isSame(last.get(), sampleProject));
    }
    return new StartupProject(sampleProject, true);
  }

  private static boolean isSame(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
