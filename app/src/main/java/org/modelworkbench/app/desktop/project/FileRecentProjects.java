package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/** Recent projects kept in the settings file, under keys {@code recent.0}, {@code recent.1}, ... */
public final class FileRecentProjects implements RecentProjects {
  private static final String KEY = "recent.";

  private final SettingsFile settings;

  /** Keeps the list in {@code settings}. */
  public FileRecentProjects(SettingsFile settings) {
    this.settings = settings;
  }

  @Override
  public synchronized List<Path> list() {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < LIMIT; i++) {
      settings.get(KEY + i).filter(v -> !v.isBlank()).map(Path::of).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized void remember(Path project) {
    store(RecentProjects.withFirst(list(), project));
  }

  @Override
  public synchronized void forget(Path project) {
    Path normal = project.toAbsolutePath().normalize();
    store(list().stream().filter(p -> !p.toAbsolutePath().normalize().equals(normal)).toList());
  }

  /** Replaces the list (used once, to carry over the list of an older version). */
  synchronized void store(List<Path> projects) {
    for (int i = 0; i < LIMIT; i++) {
      settings.put(KEY + i, i < projects.size() ? projects.get(i).toString() : null);
    }
    settings.save();
  }
}
