package org.modelworkbench.app;

import org.modelworkbench.model.UserFolders;

/**
 * Settings that must be in place before any engine starts: work offline, never probe the
 * network, keep engine files in the platform's cache folder, and one operator thread (measured
 * faster than two on small models on 2-core machines).
 */
public final class RuntimeDefaults {
  private RuntimeDefaults() {}

  /** Applies the defaults without overriding what the user set with -D or the environment. */
  public static void apply() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    // Charts for reports draw with AWT: on a Linux machine without a display (a server, a CI job)
    // AWT must run headless, or every report fails trying to reach an X server.
    setIfAbsent("java.awt.headless", Boolean.toString(withoutDisplay()));
    UserFolders folders = UserFolders.forCurrentUser();
    if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", LegacyFolders.engineCache(folders).toString());
    }
    // The native helpers that JNA (used by DJL) and JavaFX unpack go to the app's own cache
    // folder too, not to ~/.cache/JNA and ~/.openjfx.
    setIfAbsent("jna.tmpdir", folders.cache().resolve("jna").toString());
    setIfAbsent("javafx.cachedir", folders.cache().resolve("openjfx").toString());
  }

  /** Whether this is a Linux or Unix machine with no X or Wayland display to draw on. */
  static boolean withoutDisplay() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (os.contains("win") || os.contains("mac")) {
      return false;
    }
    return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
