package org.modelworkbench.app.desktop.jobs;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.modelworkbench.model.ProgressListener;

/**
 * Forwards progress from a worker thread to a job on the UI thread, coalescing bursts so a fast
 * loop never floods the UI thread: at most one update waits at a time and it carries the latest
 * values.
 */
final class ProgressRelay implements ProgressListener {
  private final Job job;
  private final Executor ui;
  private final AtomicReference<Update> pending = new AtomicReference<>();

  ProgressRelay(Job job, Executor ui) {
    this.job = job;
    this.ui = ui;
  }

  @Override
  public void progress(double fraction, String message) {
    if (pending.getAndSet(new Update(fraction, message)) == null) {
      ui.execute(this::flush);
    }
  }

  private void flush() {
    Update update = pending.getAndSet(null);
    if (update != null && !job.getState().isDone()) {
      job.setProgress(update.fraction(), update.message());
    }
  }

  private record Update(double fraction, String message) {}
}
