package org.modelworkbench.app.desktop.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.project.PreferencesRecentProjects;
import org.modelworkbench.app.desktop.project.RecentProjects;

/**
 * Where the window keeps and finds things, gathered so tests and screenshots can point it away
 * from the user's home.
 *
 * @param recent the remembered projects (java.util.prefs in the real window, in memory for screenshots)
 * @param sampleProject where the sample project is made on first start
 * @param samplesDir the sample CSV files that fill the sample project
 * @param projectArgument the folder named with {@code --project}, if any
 * @param screenshot where to save a snapshot of the window after start, or null (then the app
 *     exits); see {@code ScreenshotHook}
 * @param screenshotView what to show in the snapshot: run, train, dataset, runs, compare
 */
public record DesktopSettings(RecentProjects recent, Path sampleProject, Path samplesDir,
    Optional<Path> projectArgument, Path screenshot, String screenshotView) {

  /** Reads the settings from the arguments and system properties. */
  public static DesktopSettings fromSystem(List<String> args) {
    Path home = Path.of(System.getProperty("user.home"));
    Path sample = Path.of(System.getProperty("workbench.sampleProject",
        home.resolve("ModelWorkbench").resolve("Sample project").toString()));
    Path samples = Path.of(System.getProperty("workbench.samples", "resources/samples"));
    String shot = System.getProperty("workbench.screenshot");
    boolean screenshot = shot != null && !shot.isBlank();
    RecentProjects recent = screenshot ? new InMemoryRecentProjects() : PreferencesRecentProjects.forUser();
    return new DesktopSettings(recent, sample, samples, projectArgument(args), screenshot ? Path.of(shot) : null,
        System.getProperty("workbench.screenshot.view", "run"));
  }

  /** The folder of {@code --project DIR} or {@code --project=DIR}, if given. */
  public static Optional<Path> projectArgument(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--project") && i + 1 < args.size()) {
        return Optional.of(Path.of(args.get(i + 1)));
      }
      if (arg.startsWith("--project=")) {
        return Optional.of(Path.of(arg.substring("--project=".length())));
      }
    }
    return Optional.empty();
  }
}
