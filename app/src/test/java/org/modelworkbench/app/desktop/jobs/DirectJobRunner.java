package org.modelworkbench.app.desktop.jobs;

/** Job runners for view-model tests: everything runs at once on the calling thread, with no screen. */
public final class DirectJobRunner {
  private DirectJobRunner() {}

  /** A runner whose background, queued and UI work all run on the calling thread. */
  public static JobRunner create() {
    return new JobRunner(Runnable::run, Runnable::run, Runnable::run);
  }
}
