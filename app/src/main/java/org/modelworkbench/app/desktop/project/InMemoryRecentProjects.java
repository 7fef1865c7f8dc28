package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Recent projects kept only while the program runs (tests and screenshots). */
public final class InMemoryRecentProjects implements RecentProjects {
  private List<Path> projects = new ArrayList<>();

  @Override
  public synchronized List<Path> list() {
    return List.copyOf(projects);
  }

  @Override
  public synchronized void remember(Path project) {
    projects = new ArrayList<>(RecentProjects.withFirst(projects, project));
  }

  @Override
  public synchronized void forget(Path project) {
    projects.removeIf(p -> p.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize()));
  }
}
