package org.modelworkbench.app;

import java.nio.file.Path;

/**
 * Settings that must be in place before any engine starts: work offline, never probe the
 * network, keep engine files in the app's own folder, and one operator thread (measured faster
 * than two on small models on 2-core machines).
 */
public final class RuntimeDefaults {
  private RuntimeDefaults() {}

  /** Applies the defaults without overriding what the user set with -D. */
  public static void apply() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    // Charts for reports draw with AWT: on a Linux machine without a display (a server, a CI job)
    // AWT must run headless, or every report fails trying to reach an X server.
    setIfAbsent("java.awt.headless", Boolean.toString(withoutDisplay()));
    if (System.getenv("DJL_CACHE_DIR") == null) {
      setIfAbsent("DJL_CACHE_DIR", appHome().resolve("cache").resolve("djl").toString());
    }
  }

  /** The folder where the app keeps its own files: caches, logs, preferences. */
  public static Path appHome() {
    return Path.of(System.getProperty("user.home"), ".modelworkbench");
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
