package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the recent projects that versions before 0.2 kept with java.util.prefs, so that the
 * first start of this version still opens the last project.
 */
final class LegacyRecentProjects {
  private static final Logger LOG = LoggerFactory.getLogger(LegacyRecentProjects.class);
  static final String NODE = "org/modelworkbench/desktop";

  private LegacyRecentProjects() {}

  /**
   * Whether an older version may have left a list. On Linux java.util.prefs keeps files under
   * {@code ~/.java/.userPrefs}; asking it there would create that folder on a new machine.
   */
  static boolean mayExist() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return true;
    }
    String root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
    return java.nio.file.Files.isDirectory(Path.of(root, ".java", ".userPrefs", NODE));
  }

  /** The list kept under {@code root}, most recent first; empty when there is none. */
  static List<Path> read(Preferences root) {
    List<Path> out = new ArrayList<>();
    try {
      if (!root.nodeExists(NODE)) {
        return out;
      }
      Preferences node = root.node(NODE);
      for (int i = 0; i < RecentProjects.LIMIT; i++) {
        String value = node.get("recent." + i, null);
        if (value != null && !value.isBlank()) {
          out.add(Path.of(value));
        }
      }
    } catch (BackingStoreException | IllegalStateException e) {
      LOG.info("The recent projects of an older version could not be read", e);
    }
    return out;
  }
}
