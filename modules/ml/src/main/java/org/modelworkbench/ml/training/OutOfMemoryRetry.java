package org.modelworkbench.ml.training;

import ai.djl.engine.EngineException;
import java.util.Locale;

/**
 * The policy for a CUDA out-of-memory error, shared by the routes that train on a GPU: continue
 * with half the batch size, as long as the batch still holds at least one example. The image route
 * restarts from its last checkpoint ({@link #run}); the text route halves its micro-batch within
 * the step ({@link #isOutOfMemory}).
 */
public final class OutOfMemoryRetry {
  private OutOfMemoryRetry() {}

  /** One training attempt at a batch size. */
  public interface Attempt<T> {
    /** Trains from the latest checkpoint (or the start) with this batch size. */
    T run(int batchSize);
  }

  /** Told before each retry. */
  public interface Notice {
    /** An attempt ran out of device memory at {@code from}; the next one uses {@code to}. */
    void retrying(int from, int to);
  }

  /**
   * Runs attempts until one ends without running out of memory.
   *
   * @param batchSize the first attempt's batch size
   * @param attempt the training
   * @param notice told before each retry
   * @return the successful attempt's result
   * @throws RuntimeException the attempt's error when it is not an out-of-memory error, or when
   *     the batch size is already 1
   */
  public static <T> T run(int batchSize, Attempt<T> attempt, Notice notice) {
    int size = batchSize;
    while (true) {
      try {
        return attempt.run(size);
      } catch (RuntimeException e) {
        if (!isOutOfMemory(e) || size <= 1) {
          throw e;
        }
        int next = size / 2;
        notice.retrying(size, next);
        size = next;
      }
    }
  }

  /** Whether an error, or one of its causes, is the engine running out of device memory. */
  public static boolean isOutOfMemory(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof EngineException && message.contains("out of memory")) {
        return true;
      }
    }
    return false;
  }
}
