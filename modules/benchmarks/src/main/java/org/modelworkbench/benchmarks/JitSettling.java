package org.modelworkbench.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Waits until the JIT compiler has stopped working on what ran before, so a timed step is not
 * charged for compiling the previous one.
 *
 * <p>In the app, a file is dropped seconds after the project opened, when the compiler has long
 * finished with the opening; the command line starts a new JVM per command, and there the whole
 * start-up is slower anyway. The peer, {@code pandas.read_csv}, is timed after {@code import
 * pandas} likewise. The wait ends when the compiler's total time has not grown for {@value
 * #QUIET_MILLIS} ms, or after {@value #MAX_WAIT_MILLIS} ms.
 */
final class JitSettling {
  private static final long QUIET_MILLIS = 300;
  private static final long POLL_MILLIS = 50;
  private static final long MAX_WAIT_MILLIS = 10_000;

  private JitSettling() {}

  /**
   * Waits for a quiet compiler.
   *
   * @return the seconds waited
   */
  static double await() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    long started = System.nanoTime();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return 0;
    }
    long last = compiler.getTotalCompilationTime();
    long quietSince = System.nanoTime();
    while (millisSince(started) < MAX_WAIT_MILLIS && millisSince(quietSince) < QUIET_MILLIS) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = compiler.getTotalCompilationTime();
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      }
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
