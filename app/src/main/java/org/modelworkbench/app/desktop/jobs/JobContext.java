package org.modelworkbench.app.desktop.jobs;

import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * What a job's work can use while it runs: a progress listener to pass to the services, and the
 * cancellation token the Cancel button sets.
 */
public interface JobContext {
  /** A listener that forwards the services' progress to the job's progress bar. */
  ProgressListener progress();

  /** The token that Cancel sets; pass it to the services. */
  CancellationToken token();

  /** Reports progress directly. */
  default void progress(double fraction, String message) {
    progress().progress(fraction, message);
  }
}
