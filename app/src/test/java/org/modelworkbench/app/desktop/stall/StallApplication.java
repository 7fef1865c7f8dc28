package org.modelworkbench.app.desktop.stall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.modelworkbench.app.desktop.WorkbenchApplication;
import org.modelworkbench.app.desktop.main.DesktopSettings;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/**
 * The real application with a {@link StallDriver} armed once the window shows. Its window
 * settings go to a throw-away file beside the results and its recent projects stay in memory.
 */
public final class StallApplication extends WorkbenchApplication {
  @Override
  protected DesktopSettings desktopSettings(List<String> args) {
    SettingsFile file = new SettingsFile(StallSettings.fromSystem().out().resolveSibling("stall-settings.properties"));
    return DesktopSettings.fromSystem(args, file, new InMemoryRecentProjects());
  }

  @Override
  protected void windowShown(MainWindow window) {
    try {
      new StallDriver(window, StallSettings.fromSystem()).arm();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
