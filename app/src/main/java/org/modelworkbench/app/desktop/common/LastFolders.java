package org.modelworkbench.app.desktop.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder each kind of chooser opened last, kept in the settings file so the next start opens
 * there again: importing and exporting each keep their own, since data usually comes from one place
 * and reports go to another.
 */
public final class LastFolders {
  /** Which chooser a folder belongs to. */
  public enum Use {
    /** Files and folders to import (data, models, rows to score). */
    IMPORT,
    /** Where exports and reports are written. */
    EXPORT
  }

  private static final Logger LOG = LoggerFactory.getLogger(LastFolders.class);
  private static final String PREFIX = "folders.last.";

  private final SettingsFile settings;

  /** Keeps the folders in the given settings file. */
  public LastFolders(SettingsFile settings) {
    this.settings = settings;
  }

  /** The folder last used for this, if it still exists. */
  public Optional<Path> last(Use use) {
    return settings.get(key(use)).map(Path::of).filter(Files::isDirectory);
  }

  /**
   * Remembers the folder a chosen file or folder is in (a chosen folder's parent, so the chooser
   * opens beside it next time), and saves the settings.
   *
   * @param use which chooser
   * @param chosen the chosen file or folder
   */
  public void remember(Use use, Path chosen) {
    Path folder = chosen.toAbsolutePath().getParent();
    if (folder == null) {
      return;
    }
    settings.put(key(use), folder.toString());
    try {
      settings.save();
    } catch (RuntimeException e) {
      LOG.warn("Could not keep the last {} folder", use, e);
    }
  }

  private static String key(Use use) {
    return PREFIX + use.name().toLowerCase(java.util.Locale.ROOT);
  }
}
