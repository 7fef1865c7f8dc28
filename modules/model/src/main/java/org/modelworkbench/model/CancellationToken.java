package org.modelworkbench.model;

import java.util.concurrent.CancellationException;

/**
 * A flag that long work checks between steps (rows, batches) so a user can stop it.
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  /** A token that is never cancelled, for callers that cannot cancel. */
  public static CancellationToken none() {
    return new CancellationToken();
  }

  /** Asks the work to stop at its next check. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether cancellation was asked for. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Throws {@link CancellationException} when cancellation was asked for. */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancellationException("Cancelled by the user");
    }
  }
}
