package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recent projects kept in a java.util.prefs node, under keys {@code recent.0}, {@code recent.1}, ... */
public final class PreferencesRecentProjects implements RecentProjects {
  private static final Logger LOG = LoggerFactory.getLogger(PreferencesRecentProjects.class);
  private static final String KEY = "recent.";

  private final Preferences node;

  /** Keeps the list in the given node. */
  public PreferencesRecentProjects(Preferences node) {
    this.node = node;
  }

  /** The node of the desktop window in the user's preferences. */
  public static PreferencesRecentProjects forUser() {
    return new PreferencesRecentProjects(Preferences.userRoot().node("org/modelworkbench/desktop"));
  }

  @Override
  public synchronized List<Path> list() {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < LIMIT; i++) {
      String value = node.get(KEY + i, null);
      if (value != null && !value.isBlank()) {
        out.add(Path.of(value));
      }
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

  private void store(List<Path> projects) {
    for (int i = 0; i < LIMIT; i++) {
      if (i < projects.size()) {
        node.put(KEY + i, projects.get(i).toString());
      } else {
        node.remove(KEY + i);
      }
    }
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LOG.warn("Could not save the recent projects", e);
    }
  }
}
