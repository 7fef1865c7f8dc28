package org.modelworkbench.app.desktop.jobs;

/** The life cycle of a background job. */
public enum JobState {
  /** Waiting for its turn (imports run one after the other). */
  QUEUED,
  /** Working now. */
  RUNNING,
  /** Finished with a result. */
  SUCCEEDED,
  /** Stopped by an error. */
  FAILED,
  /** Stopped by the user. */
  CANCELLED;

  /** Whether the job has ended, one way or another. */
  public boolean isDone() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
