package org.modelworkbench.ml.tensorflow;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's TensorFlow engine once, offline: the natives come from the class path (unpacked
 * into the workbench's cache folder at first use) unless {@code TENSORFLOW_LIBRARY_PATH} already
 * names a folder holding them, for example one an installer filled.
 */
public final class TensorFlowSetup {
  /** DJL's name of the engine. */
  public static final String ENGINE_NAME = "TensorFlow";

  static final String LIBRARY_PATH_KEY = "TENSORFLOW_LIBRARY_PATH";
  private static final Logger LOG = LoggerFactory.getLogger(TensorFlowSetup.class);

  private static Engine engine;
  private static long startMillis;

  private TensorFlowSetup() {}

  /**
   * Returns the TensorFlow engine, starting it on the first call.
   *
   * @throws WorkbenchException when the natives are missing or the engine does not start
   */
  public static synchronized Engine engine() {
    if (engine != null) {
      return engine;
    }
    long start = System.nanoTime();
    configure();
    try {
      engine = Engine.getEngine(ENGINE_NAME);
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new WorkbenchException("The TensorFlow engine could not start: " + e.getMessage(), e);
    }
    startMillis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("TensorFlow {} started in {} ms", engine.getVersion(), startMillis);
    return engine;
  }

  /** How long the engine took to start (unpacking included), in milliseconds; 0 before it started. */
  public static synchronized long startMillis() {
    return startMillis;
  }

  /** The TensorFlow version the engine reports; starts it if needed. */
  public static String version() {
    return engine().getVersion();
  }

  private static void configure() {
    if (unset("DJL_CACHE_DIR")) {
      System.setProperty("DJL_CACHE_DIR", EngineSetup.defaultCacheDir().toString());
    }
    if (System.getenv("DJL_OFFLINE") == null) {
      System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    }
    if (unset("OPT_OUT_TRACKING")) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
    String root = System.getProperty("DJL_CACHE_DIR");
    if (root == null || root.isEmpty()) {
      root = System.getenv("DJL_CACHE_DIR");
    }
    if (unset(LIBRARY_PATH_KEY)) {
      Path folder = TensorFlowNatives.unpack(Path.of(root));
      System.setProperty(LIBRARY_PATH_KEY, folder.toString());
    }
    // TF-Java's own loader (used for a model's train signature) unpacks into this folder, not the home folder.
    if (System.getProperty("org.bytedeco.javacpp.cachedir") == null) {
      System.setProperty("org.bytedeco.javacpp.cachedir", Path.of(root, "javacpp")
          .toString());
    }
  }

  private static boolean unset(String key) {
    String env = System.getenv(key);
    String property = System.getProperty(key);
    return (env == null || env.isEmpty()) && (property == null || property.isEmpty());
  }
}
