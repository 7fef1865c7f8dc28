package org.modelworkbench.app.desktop.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.project.RecentProjects;
import org.modelworkbench.app.desktop.project.RecentProjectsFile;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.model.UserFolders;

/**
 * Where the window keeps and finds things, gathered so tests and screenshots can point it away
 * from the user's home.
 *
 * @param settings the window's settings file (in the OS's settings folder; a throw-away one
 *     for screenshots and tests)
 * @param recent the remembered projects (in {@code settings} in the real window, in memory for
 *     screenshots)
 * @param sampleProject where the sample project is made on first start
 * @param samplesDir the sample CSV files that fill the sample project
 * @param projectArgument the folder named with {@code --project}, if any
 * @param screenshot where to save a snapshot of the window after start, or null (then the app
 *     exits); see {@code ScreenshotHook}
 * @param screenshotView what to show in the snapshot: run, train, dataset, runs, compare
 * @param importOnStart data files and folders named on the command line, imported into the
 *     project that opens first, as if dropped
 */
public record DesktopSettings(SettingsFile settings, RecentProjects recent, Path sampleProject, Path samplesDir,
    Optional<Path> projectArgument, Path screenshot, String screenshotView, List<Path> importOnStart) {

  /** Copies the list. */
  public DesktopSettings {
    importOnStart = List.copyOf(importOnStart);
  }

  /** Settings that import nothing on start. */
  public DesktopSettings(SettingsFile settings, RecentProjects recent, Path sampleProject, Path samplesDir,
      Optional<Path> projectArgument, Path screenshot, String screenshotView) {
    this(settings, recent, sampleProject, samplesDir, projectArgument, screenshot, screenshotView, List.of());
  }

  /** Reads the settings from the arguments and system properties. */
  public static DesktopSettings fromSystem(List<String> args) {
    UserFolders folders = UserFolders.forCurrentUser();
    Path sample = Path.of(System.getProperty("workbench.sampleProject",
        folders.projects().resolve("Sample project").toString()));
    Path samples = Path.of(System.getProperty("workbench.samples", "resources/samples"));
    String shot = System.getProperty("workbench.screenshot");
    boolean screenshot = shot != null && !shot.isBlank();
    SettingsFile settings = new SettingsFile(screenshot
        ? Path.of(shot).toAbsolutePath().resolveSibling("screenshot-settings.properties")
        : folders.settingsFile());
    RecentProjects recent = screenshot ? new InMemoryRecentProjects() : RecentProjectsFile.forUser(settings);
    LaunchArguments launch = LaunchArguments.parse(args);
    return new DesktopSettings(settings, recent, sample, samples, launch.project(), screenshot ? Path.of(shot) : null,
        System.getProperty("workbench.screenshot.view", "run"), launch.imports());
  }

  /**
   * The project named on the command line: the folder of {@code --project DIR} or
   * {@code --project=DIR}, or a project file or folder given as it is.
   */
  public static Optional<Path> projectArgument(List<String> args) {
    return LaunchArguments.parse(args).project();
  }
}
