package org.modelworkbench.model;

import java.util.concurrent.CancellationException;

/**
 * A flag that long work checks between steps (rows, batches) so a user can stop it.
 *
 * <p>Work is stopped for one of two reasons: the user pressed Cancel ({@link #cancel()}), or the
 * application is closing ({@link #stopForShutdown()}). Both stop the work the same way; a
 * training run records which one it was, so a run stopped by closing the app shows as
 * interrupted and can be resumed.
 */
public final class CancellationToken {
  private volatile boolean shutdown;
  private volatile boolean cancelled;

  /** A token that is never cancelled, for callers that cannot cancel. */
  public static CancellationToken none() {
    return new CancellationToken();
  }

  /** Asks the work to stop at its next check. */
  public void cancel() {
    cancelled = true;
  }

  /**
   * Asks the work to stop at its next check because the application is closing, not because the
   * user gave up on it.
   */
  public void stopForShutdown() {
    // Written before the cancelled flag, so whoever sees the cancellation also sees why.
    shutdown = true;
    cancelled = true;
  }

  /** Whether cancellation was asked for, for either reason. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Whether the work was stopped because the application is closing. */
  public boolean isShutdown() {
    return shutdown;
  }

  /** Throws {@link CancellationException} when cancellation was asked for. */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancellationException(shutdown ? "Stopped because Model Workbench is closing" : "Cancelled by the user");
    }
  }
}
