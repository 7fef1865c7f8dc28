package org.modelworkbench.model;

import java.util.Locale;

/** Life cycle of a training run. */
public enum RunStatus {
  /** Training now. */
  RUNNING,
  /** Finished; its best model is kept. */
  COMPLETED,
  /** Stopped by an error. */
  FAILED,
  /** Stopped by the user; curves so far are kept. */
  CANCELLED,
  /** Its process died while it ran (found on the next project open). */
  INTERRUPTED;

  /** Lower-case name for JSON and screens. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
