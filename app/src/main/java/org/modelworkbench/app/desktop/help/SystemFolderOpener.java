package org.modelworkbench.app.desktop.help;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder with {@link Desktop#open}, and on Linux and other Unix systems where AWT cannot
 * (no GNOME libraries, a headless JVM) with {@code xdg-open}.
 */
public final class SystemFolderOpener implements FolderOpener {
  private static final Logger LOG = LoggerFactory.getLogger(SystemFolderOpener.class);

  @Override
  public void open(Path folder) throws IOException {
    IOException desktopFailure = null;
    if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
      try {
        Desktop.getDesktop().open(folder.toFile());
        return;
      } catch (IOException | RuntimeException e) {
        LOG.info("The desktop could not open {}; trying xdg-open", folder, e);
        desktopFailure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      }
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      throw desktopFailure != null ? desktopFailure : new IOException("this system offers no way to open folders");
    }
    xdgOpen(folder);
  }

  private static void xdgOpen(Path folder) throws IOException {
    Process process;
    try {
      process = new ProcessBuilder("xdg-open", folder.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IOException("no file manager was found (xdg-open is missing)", e);
    }
    try {
      // xdg-open returns once the file manager was asked; a stuck one is left to run.
      if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() != 0) {
        throw new IOException("xdg-open found no program to open folders (exit code " + process.exitValue() + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
