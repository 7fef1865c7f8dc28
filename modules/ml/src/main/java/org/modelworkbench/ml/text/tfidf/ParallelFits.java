package org.modelworkbench.ml.text.tfidf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A pool of daemon threads, one per processor, that runs independent solver fits (the classes of
 * one-vs-rest, the folds of cross-validation) and hands back their results in submission order,
 * so nothing downstream depends on which thread finished first.
 */
final class ParallelFits implements AutoCloseable {
  private final ExecutorService pool;

  /** A pool of {@code threads} threads (at least 1). */
  ParallelFits(int threads) {
    pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "tfidf-fit");
      t.setDaemon(true);
      return t;
    });
  }

  /** A pool with one thread per available processor. */
  static ParallelFits perProcessor() {
    return new ParallelFits(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs the tasks and waits for all of them.
   *
   * @return their results, in the order of the tasks
   * @throws RuntimeException the first task's failure (a cancellation stays a
   *     {@link CancellationException})
   */
  <T> List<T> runAll(List<? extends Callable<T>> tasks) {
    List<Future<T>> running = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      running.add(pool.submit(task));
    }
    List<T> results = new ArrayList<>(tasks.size());
    try {
      for (Future<T> f : running) {
        results.add(f.get());
      }
    } catch (InterruptedException e) {
      running.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while fitting");
    } catch (ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("A fit failed", e.getCause());
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
