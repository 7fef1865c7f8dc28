package org.modelworkbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Model Workbench, from the build ({@code version.properties} beside this class,
 * filled in by Maven). One place for the About box, crash reports, project files and
 * {@code workbench --version}.
 */
public final class AppVersion {
  /** What {@link #version()} says when the build left no version (an IDE run without Maven). */
  static final String UNKNOWN = "development build";

  private static final String VERSION = read();

  private AppVersion() {}

  /** The version, for example {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  /** "Model Workbench 0.1.0-SNAPSHOT". */
  public static String nameAndVersion() {
    return "Model Workbench " + VERSION;
  }

  private static String read() {
    try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      String value = properties.getProperty("version", "").trim();
      return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
