package org.modelworkbench.app.desktop.project;

import java.util.prefs.Preferences;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/** Opens the user's recent-projects list in the settings file. */
public final class RecentProjectsFile {
  private RecentProjectsFile() {}

  /**
   * The recent projects in {@code settings}. On a first start (no settings file yet) the list of
   * an older version, kept in java.util.prefs, is carried over once.
   */
  public static RecentProjects forUser(SettingsFile settings) {
    FileRecentProjects recent = new FileRecentProjects(settings);
    if (!settings.existed() && LegacyRecentProjects.mayExist()) {
      var legacy = LegacyRecentProjects.read(Preferences.userRoot());
      if (!legacy.isEmpty()) {
        recent.store(legacy);
      }
    }
    return recent;
  }
}
