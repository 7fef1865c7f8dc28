package org.modelworkbench.app.desktop;

import java.nio.file.Path;
import java.util.List;
import org.modelworkbench.app.desktop.main.DesktopSettings;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/**
 * The real application with a {@link ScreenshotHook} armed once the window shows. It keeps its
 * window settings in a throw-away file beside the picture and its recent projects in memory, so a
 * screenshot leaves the user's own settings alone.
 */
public final class ScreenshotApplication extends WorkbenchApplication {
  @Override
  protected DesktopSettings desktopSettings(List<String> args) {
    Path settings = ScreenshotLauncher.target().toAbsolutePath().resolveSibling("screenshot-settings.properties");
    return DesktopSettings.fromSystem(args, new SettingsFile(settings), new InMemoryRecentProjects());
  }

  @Override
  protected void windowShown(MainWindow window) {
    new ScreenshotHook(window, ScreenshotLauncher.target(), ScreenshotLauncher.view()).arm();
  }
}
