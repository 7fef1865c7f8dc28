package org.modelworkbench.app.desktop.training;

/** Where a watched run is. */
public enum MonitorState {
  /** Getting ready: reading the data, loading the engine. */
  STARTING,
  /** Training. */
  RUNNING,
  /** Cancel was pressed; stopping after the current batch. */
  STOPPING,
  /** Finished with a model and test metrics. */
  COMPLETED,
  /** Stopped by Cancel; its curves are kept. */
  CANCELLED,
  /** Stopped by an error. */
  FAILED;

  /** Whether the run has ended. */
  public boolean isDone() {
    return this == COMPLETED || this == CANCELLED || this == FAILED;
  }
}
