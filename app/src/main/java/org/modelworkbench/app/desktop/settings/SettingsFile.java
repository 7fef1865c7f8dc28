package org.modelworkbench.app.desktop.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key-value settings in a properties file, read once and written whole on {@link #save()}
 * (to a temporary file first, so a crash never leaves half a file). A missing or unreadable file
 * reads as empty settings: settings are a convenience, never a reason not to start.
 */
public final class SettingsFile {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

  private final Path file;
  private final Properties values = new Properties();
  private final boolean existed;

  /** Reads the settings in {@code file}, which need not exist yet. */
  public SettingsFile(Path file) {
    this.file = file;
    this.existed = Files.isRegularFile(file);
    if (existed) {
      try (InputStream in = Files.newInputStream(file)) {
        values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("The settings in {} could not be read; starting with defaults", file, e);
      }
    }
  }

  /** The file these settings live in. */
  public Path file() {
    return file;
  }

  /** Whether the file existed when these settings were read (false on a first start). */
  public boolean existed() {
    return existed;
  }

  /** The value of {@code key}, if set. */
  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  /** Sets {@code key}; a null value removes it. Call {@link #save()} to keep it. */
  public synchronized void put(String key, String value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.setProperty(key, value);
    }
  }

  /** Writes all settings to the file; a failure is logged, not thrown. */
  public synchronized void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        values.store(out, "Model Workbench settings");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Could not save the settings to {}", file, e);
    }
  }
}
