package org.modelworkbench.services.training;

/**
 * The plain messages a stopped run is stored with (see {@code RecordedRun#cancelled}): the same on
 * every route, so a shell or a test can tell how a run ended.
 */
public final class RunEndings {
  /** A run cancelled by the user between batches. */
  public static final String CANCELLED = "Cancelled by the user.";
  /** A run that keeps epochs as checkpoints, cancelled before the first one ended. */
  public static final String CANCELLED_BEFORE_AN_EPOCH = "Cancelled by the user before an epoch ended.";
  /** A run that keeps epochs as checkpoints, cancelled after one. */
  public static final String CANCELLED_RESUMABLE =
      "Cancelled by the user; resume the run to continue from its last epoch.";
  /**
   * A run stopped because the application is closing: it is stored as interrupted, as if the
   * process had died, so it reads the same as a crash and Resume continues it.
   */
  public static final String CLOSED = "Model Workbench was closed while this run was training; "
      + "its curve up to the last finished epoch is kept, and Resume continues it.";

  private RunEndings() {}
}
