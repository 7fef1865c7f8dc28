package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The projects a user opened lately, most recent first. The window keeps them in its settings
 * file; tests use a list in memory so they never touch the user's settings.
 */
public interface RecentProjects {
  /** How many projects are remembered. */
  int LIMIT = 8;

  /** The remembered projects, most recent first. */
  List<Path> list();

  /** Puts a project first in the list. */
  void remember(Path project);

  /** Forgets a project (for example one whose folder is gone). */
  void forget(Path project);

  /** The last project opened, if any. */
  default Optional<Path> last() {
    List<Path> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The list after putting {@code project} first, without duplicates, at most {@link #LIMIT}. */
  static List<Path> withFirst(List<Path> current, Path project) {
    Path normal = project.toAbsolutePath().normalize();
    java.util.ArrayList<Path> out = new java.util.ArrayList<>();
    out.add(normal);
    for (Path p : current) {
      if (!p.toAbsolutePath().normalize().equals(normal) && out.size() < LIMIT) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
