package org.modelworkbench.app.desktop.jobs;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * What the status bar says about the jobs: how many are running or waiting, how many failed, and
 * the progress and message of the latest running one.
 */
public final class JobsSummary {
  private final JobRunner runner;
  private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(this, "active");
  private final ReadOnlyIntegerWrapper failed = new ReadOnlyIntegerWrapper(this, "failed");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
  private final InvalidationListener update = observable -> recompute();

  /** Follows the runner's jobs. */
  public JobsSummary(JobRunner runner) {
    this.runner = runner;
    runner.jobs().forEach(this::follow);
    runner.jobs().addListener((ListChangeListener<Job>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(this::follow);
        change.getRemoved().forEach(this::unfollow);
      }
      recompute();
    });
    recompute();
  }

  private void follow(Job job) {
    job.stateProperty().addListener(update);
    job.progressProperty().addListener(update);
    job.messageProperty().addListener(update);
  }

  private void unfollow(Job job) {
    job.stateProperty().removeListener(update);
    job.progressProperty().removeListener(update);
    job.messageProperty().removeListener(update);
  }

  private void recompute() {
    int running = 0;
    int failures = 0;
    Job latest = null;
    Job lastEnded = null;
    for (Job job : runner.jobs()) {
      if (!job.getState().isDone()) {
        running++;
        if (job.getState() == JobState.RUNNING) {
          latest = job;
        }
      } else {
        lastEnded = job;
        if (job.getState() == JobState.FAILED) {
          failures++;
        }
      }
    }
    active.set(running);
    failed.set(failures);
    if (latest != null) {
      progress.set(latest.progressProperty().get() < 0 ? -1 : latest.progressProperty().get());
      message.set(latest.title() + ": " + latest.getMessage());
    } else {
      progress.set(0);
      message.set(lastEnded == null ? "Ready" : lastEnded.title() + ": " + lastEnded.getMessage());
    }
  }

  /** Jobs running or waiting. */
  public ReadOnlyIntegerProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Listed jobs that failed. */
  public ReadOnlyIntegerProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  /** Progress of the latest running job (-1 unknown, 0 when none runs). */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The latest job's title and message, or "Ready". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
