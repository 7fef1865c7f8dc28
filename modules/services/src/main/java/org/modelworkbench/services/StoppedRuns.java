package org.modelworkbench.services;

import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.store.ProjectDatabase;

/**
 * Ends a run whose training was stopped before it finished. Cancel by the user makes it
 * cancelled; a stop because the application is closing ({@link CancellationToken#isShutdown()})
 * makes it interrupted, as if the process had died, so it reads the same as a crash and Resume
 * continues it. Either way its curve and checkpoints stay.
 */
final class StoppedRuns {
  /** The error stored on a run stopped because the application closed. */
  static final String CLOSED_MESSAGE = "Model Workbench was closed while this run was training; "
      + "its curve up to the last finished epoch is kept, and Resume continues it.";

  private StoppedRuns() {}

  /**
   * Records the end of a stopped run.
   *
   * @param database the project
   * @param runId the run
   * @param cancel the token that stopped it
   * @param cancelledMessage what a run cancelled by the user says
   */
  static void finish(ProjectDatabase database, long runId, CancellationToken cancel, String cancelledMessage) {
    if (cancel.isShutdown()) {
      database.runs().finish(runId, RunStatus.INTERRUPTED, CLOSED_MESSAGE, null, null);
    } else {
      database.runs().finish(runId, RunStatus.CANCELLED, cancelledMessage, null, null);
    }
  }
}
