package org.modelworkbench.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders of Model Workbench, where each operating system expects them. This is
 * the one place that names them; the launcher, the engines, the log and the settings all ask it.
 *
 * <table>
 *   <caption>Folders per OS</caption>
 *   <tr><th></th><th>Linux (XDG)</th><th>Windows</th><th>macOS</th></tr>
 *   <tr><td>cache (natives)</td><td>{@code $XDG_CACHE_HOME} or {@code ~/.cache}</td>
 *       <td>{@code %LOCALAPPDATA%}</td><td>{@code ~/Library/Caches}</td></tr>
 *   <tr><td>logs</td><td>{@code $XDG_STATE_HOME} or {@code ~/.local/state}</td>
 *       <td>{@code %LOCALAPPDATA%}</td><td>{@code ~/Library/Logs}</td></tr>
 *   <tr><td>settings</td><td>{@code $XDG_CONFIG_HOME} or {@code ~/.config}</td>
 *       <td>{@code %APPDATA%}</td><td>{@code ~/Library/Application Support}</td></tr>
 * </table>
 *
 * <p>Projects stay where the user puts them; {@link #projects()} is only the default parent.
 *
 * @param cache unpacked engine natives and other files that can be made again
 * @param logs the rolling log and crash reports
 * @param config settings: recent projects, window state
 * @param projects the default parent folder of new projects ({@code ~/ModelWorkbench})
 * @param legacy the single folder that versions before 0.2 used for everything
 *     ({@code ~/.modelworkbench}); read only to move or reuse what is there
 */
public record UserFolders(Path cache, Path logs, Path config, Path projects, Path legacy) {
  /** The application's folder name inside each per-user folder on Linux. */
  static final String LINUX_NAME = "modelworkbench";
  /** The application's folder name on Windows and macOS. */
  static final String DESKTOP_NAME = "ModelWorkbench";

  /** The folders of the user running this JVM: {@code os.name}, the environment, {@code user.home}. */
  public static UserFolders forCurrentUser() {
    return resolve(System.getProperty("os.name", ""), System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  /**
   * The folders for a given OS, environment and home folder.
   *
   * @param osName the {@code os.name} system property
   * @param env the environment variables
   * @param home the user's home folder
   * @return the folders; nothing is created
   */
  public static UserFolders resolve(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path projects = home.resolve("ModelWorkbench");
    Path legacy = home.resolve(".modelworkbench");
    if (os.startsWith("windows")) {
      Path local = absolute(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
      Path roaming = absolute(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
      Path app = local.resolve(DESKTOP_NAME);
      return new UserFolders(app.resolve("Cache"), app.resolve("Logs"),
          roaming.resolve(DESKTOP_NAME), projects, legacy);
    }
    if (os.startsWith("mac")) {
      Path library = home.resolve("Library");
      return new UserFolders(library.resolve("Caches").resolve(DESKTOP_NAME),
          library.resolve("Logs").resolve(DESKTOP_NAME),
          library.resolve("Application Support").resolve(DESKTOP_NAME), projects, legacy);
    }
    Path cache = absolute(env.get("XDG_CACHE_HOME"), home.resolve(".cache"));
    Path state = absolute(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state"));
    Path config = absolute(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
    return new UserFolders(cache.resolve(LINUX_NAME), state.resolve(LINUX_NAME).resolve("logs"),
        config.resolve(LINUX_NAME), projects, legacy);
  }

  /** Where DJL unpacks the PyTorch and TensorFlow natives ({@code DJL_CACHE_DIR}). */
  public Path engineCache() {
    return cache.resolve("djl");
  }

  /** The log file of the app; older ones roll over beside it. */
  public Path logFile() {
    return logs.resolve("workbench.log");
  }

  /** The settings file of the desktop window. */
  public Path settingsFile() {
    return config.resolve("settings.properties");
  }

  /** The engine cache of versions before 0.2 ({@code ~/.modelworkbench/cache/djl}). */
  public Path legacyEngineCache() {
    return legacy.resolve("cache").resolve("djl");
  }

  // The XDG spec says a relative or empty value is invalid and must be ignored; the same is safe
  // for the Windows variables.
  private static Path absolute(String value, Path fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? path : fallback;
  }
}
