package org.modelworkbench.app.desktop.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.app.desktop.common.LastFolders;
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
 *     screenshots and tests)
 * @param sampleProject where the sample project is made on first start
 * @param samplesDir the sample CSV files that fill the sample project
 * @param projectArgument the folder named with {@code --project}, if any
 * @param importOnStart data files and folders named on the command line, imported into the
 *     project that opens first, as if dropped
 */
public record DesktopSettings(SettingsFile settings, RecentProjects recent, Path sampleProject, Path samplesDir,
    Optional<Path> projectArgument, List<Path> importOnStart) {
  private static final String SIDEBAR_HIDDEN = "window.sidebarHidden";
  private static final String WELCOME_DISMISSED = "welcome.dismissed";

  /** Copies the list. */
  public DesktopSettings {
    importOnStart = List.copyOf(importOnStart);
  }

  /** Settings that import nothing on start. */
  public DesktopSettings(SettingsFile settings, RecentProjects recent, Path sampleProject, Path samplesDir,
      Optional<Path> projectArgument) {
    this(settings, recent, sampleProject, samplesDir, projectArgument, List.of());
  }

  /** Reads the settings from the arguments and system properties, with the user's settings file. */
  public static DesktopSettings fromSystem(List<String> args) {
    SettingsFile settings = new SettingsFile(UserFolders.forCurrentUser().settingsFile());
    return fromSystem(args, settings, RecentProjectsFile.forUser(settings));
  }

  /**
   * Reads the settings from the arguments and system properties, with the given settings file
   * and recent projects (a launch that must leave the user's own alone, such as a test's).
   */
  public static DesktopSettings fromSystem(List<String> args, SettingsFile settings, RecentProjects recent) {
    UserFolders folders = UserFolders.forCurrentUser();
    Path sample = Path.of(System.getProperty("workbench.sampleProject",
        folders.projects().resolve("Sample project").toString()));
    Path samples = Path.of(System.getProperty("workbench.samples", "resources/samples"));
    LaunchArguments launch = LaunchArguments.parse(args);
    return new DesktopSettings(settings, recent, sample, samples, launch.project(), launch.imports());
  }

  /**
   * The project named on the command line: the folder of {@code --project DIR} or
   * {@code --project=DIR}, or a project file or folder given as it is.
   */
  public static Optional<Path> projectArgument(List<String> args) {
    return LaunchArguments.parse(args).project();
  }

  /** Whether the sidebar was collapsed when the window was last used. */
  public boolean sidebarHidden() {
    return settings.get(SIDEBAR_HIDDEN).map(Boolean::parseBoolean).orElse(false);
  }

  /** Keeps whether the sidebar is collapsed, for the next start. */
  public void setSidebarHidden(boolean hidden) {
    settings.put(SIDEBAR_HIDDEN, Boolean.toString(hidden));
    settings.save();
  }

  /** Whether the welcome panel was closed (Help ▸ Getting started shows it again). */
  public boolean welcomeDismissed() {
    return settings.get(WELCOME_DISMISSED).map(Boolean::parseBoolean).orElse(false);
  }

  /** Keeps whether the welcome panel is closed, for the next start. */
  public void setWelcomeDismissed(boolean dismissed) {
    settings.put(WELCOME_DISMISSED, Boolean.toString(dismissed));
    settings.save();
  }

  /** The folders the import and export choosers opened last, kept in the settings file. */
  public LastFolders lastFolders() {
    return new LastFolders(settings);
  }
}
