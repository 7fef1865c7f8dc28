package org.modelworkbench.app.desktop.help;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.modelworkbench.model.AppVersion;
import org.modelworkbench.model.DeviceInfo;
import org.modelworkbench.model.UserFolders;

/**
 * What the About box tells: versions, the compute devices and where the app keeps its files.
 *
 * @param appVersion the version of Model Workbench
 * @param java the Java runtime, for example "17.0.15 (Debian)"
 * @param javafx the JavaFX runtime version, or null when unknown
 * @param os the operating system, for example "Linux 6.1 (amd64)"
 * @param engine the engine versions a run records ({@code djl}, {@code pytorch}); empty while
 *     they are being read or when the engine did not start
 * @param engineProblem why the engine versions are missing, or null
 * @param devices the compute devices; empty while being read
 * @param logFile the log file
 * @param logs the log folder, where crash reports go too
 * @param cache the cache folder
 * @param engineCache where the engine's native files are unpacked
 * @param settings the settings file
 * @param project the open project's folder, or null
 */
public record AboutFacts(String appVersion, String java, String javafx, String os, Map<String, String> engine,
    String engineProblem, List<DeviceInfo> devices, Path logFile, Path logs, Path cache, Path engineCache,
    Path settings, Path project) {

  /** Copies the collections. */
  public AboutFacts {
    engine = Map.copyOf(engine);
    devices = List.copyOf(devices);
  }

  /**
   * The facts of this JVM and user, before the engine was asked.
   *
   * @param folders the user's folders
   * @param settingsFile the window's settings file
   * @param project the open project, or null
   */
  public static AboutFacts ofThisMachine(UserFolders folders, Path settingsFile, Path project) {
    String djlCache = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
    return new AboutFacts(AppVersion.version(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("javafx.runtime.version", System.getProperty("javafx.version")),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch")
            + ")",
        Map.of(), null, List.of(), folders.logFile(), folders.logs(), folders.cache(),
        djlCache == null || djlCache.isBlank() ? folders.engineCache() : Path.of(djlCache), settingsFile, project);
  }

  /** The same facts with the engine's versions and devices. */
  public AboutFacts withEngine(Map<String, String> versions, List<DeviceInfo> found) {
    return new AboutFacts(appVersion, java, javafx, os, versions, null, found, logFile, logs, cache, engineCache,
        settings, project);
  }

  /** The same facts with the reason the engine could not be asked. */
  public AboutFacts withEngineProblem(String problem) {
    return new AboutFacts(appVersion, java, javafx, os, Map.of(), problem, List.of(), logFile, logs, cache,
        engineCache, settings, project);
  }
}
