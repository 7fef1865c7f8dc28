package org.modelworkbench.ml.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.model.UserFolders;
import org.modelworkbench.model.WorkbenchException;

/**
 * Starts the PyTorch engine once, offline, with the workbench's cache folder and thread count.
 *
 * <p>DJL reads {@code DJL_CACHE_DIR}, {@code OPT_OUT_TRACKING} and {@code ai.djl.offline} from the
 * environment first and then from system properties, so values set by the user or an installer
 * win; this class only fills in what is unset. The thread properties are read once, when the
 * engine starts.
 */
public final class EngineSetup {
  /** The engine that trains and runs the models. */
  public static final String ENGINE_NAME = "PyTorch";
  /** Operator threads when the settings ask for the default: measured fastest on 2 cores. */
  public static final int DEFAULT_THREADS = 1;

  static final String CACHE_DIR_KEY = "DJL_CACHE_DIR";
  static final String THREADS_KEY = "ai.djl.pytorch.num_threads";
  static final String INTEROP_THREADS_KEY = "ai.djl.pytorch.num_interop_threads";

  private static Engine engine;
  /** The intra-op thread count the engine started with: what "default" means afterwards. */
  private static int startThreads;

  private EngineSetup() {}

  /** The engine with the default thread count; see {@link #engine(int)}. */
  public static Engine engine() {
    return engine(0);
  }

  /**
   * Returns the PyTorch engine, starting it on the first call.
   *
   * @param threads operator threads, or 0 for the default ({@value #DEFAULT_THREADS}, unless the
   *     thread system properties are already set). After the engine has started, only the
   *     intra-op count still changes (process-wide); the inter-op count stays as it started.
   * @return the engine
   * @throws WorkbenchException if the engine cannot start
   */
  public static synchronized Engine engine(int threads) {
    if (engine == null) {
      NativeAllocator.tune();
      configureEnvironment(threads);
      try {
        engine = Engine.getEngine(ENGINE_NAME);
      } catch (RuntimeException | UnsatisfiedLinkError e) {
        throw new WorkbenchException("The " + ENGINE_NAME + " engine could not start: "
            + e.getMessage(), e);
      }
      startThreads = JniUtils.getNumThreads();
    } else {
      int wanted = threads > 0 ? threads : startThreads;
      if (JniUtils.getNumThreads() != wanted) {
        // Intra-op threads can change at any time; inter-op threads only before first use.
        JniUtils.setNumThreads(wanted);
      }
    }
    return engine;
  }

  private static void configureEnvironment(int threads) {
    if (unset(CACHE_DIR_KEY)) {
      System.setProperty(CACHE_DIR_KEY, defaultCacheDir().toString());
    }
    if (System.getenv("DJL_OFFLINE") == null) {
      System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    }
    if (unset("OPT_OUT_TRACKING")) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
    if (threads > 0) {
      System.setProperty(THREADS_KEY, Integer.toString(threads));
      System.setProperty(INTEROP_THREADS_KEY, Integer.toString(threads));
    } else {
      setIfUnset(THREADS_KEY, Integer.toString(DEFAULT_THREADS));
      setIfUnset(INTEROP_THREADS_KEY, Integer.toString(DEFAULT_THREADS));
    }
  }

  private static boolean unset(String key) {
    String env = System.getenv(key);
    String property = System.getProperty(key);
    return (env == null || env.isEmpty()) && (property == null || property.isEmpty());
  }

  private static void setIfUnset(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Where natives are unpacked unless {@code DJL_CACHE_DIR} is set: the OS's per-user cache. */
  public static Path defaultCacheDir() {
    return UserFolders.forCurrentUser().engineCache();
  }

  /**
   * Versions to record with a run: {@code djl}, {@code pytorch}, {@code java} and {@code os}.
   * Starts the engine if needed.
   */
  public static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("djl", Engine.getDjlVersion());
    versions.put("pytorch", engine().getVersion());
    versions.put("java",
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " (" + System.getProperty("os.arch") + ")");
    return versions;
  }
}
