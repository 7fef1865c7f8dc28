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
    setIfAbsent("java.awt.headless", System.getProperty("java.awt.headless", "false"));
    if (System.getenv("DJL_CACHE_DIR") == null) {
      setIfAbsent("DJL_CACHE_DIR", appHome().resolve("cache").resolve("djl").toString());
    }
  }

  /** The folder where the app keeps its own files: caches, logs, preferences. */
  public static Path appHome() {
    return Path.of(System.getProperty("user.home"), ".modelworkbench");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
