package org.modelworkbench.app.desktop.jobs;

/**
 * The work of a job, run on a background thread.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface JobWork<T> {
  /**
   * Does the work.
   *
   * @param context progress reporting and the cancellation token
   * @return the result handed to the success callback on the UI thread
   * @throws Exception any failure; it reaches the error callback
   */
  T run(JobContext context) throws Exception;
}
