package org.modelworkbench.app.desktop.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.modelworkbench.model.CancellationToken;

/**
 * One background job as the window sees it: title, state, progress, message and error. Its
 * properties change on the UI thread only; {@link #cancel()} may be called from anywhere.
 */
public final class Job {
  private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

  private final long sequence = SEQUENCE.incrementAndGet();
  private final String title;
  private final CancellationToken token = new CancellationToken();
  private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.QUEUED);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Waiting");
  private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>(this, "error");
  private final AtomicReference<Runnable> onCancelRequest = new AtomicReference<>();
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private volatile String quitSubject;
  private volatile String quitNote;

  Job(String title) {
    this.title = title;
  }

  /** What the job does, in plain words, for example "Import loans.csv". */
  public String title() {
    return title;
  }

  /** Asks the job to stop at its next check. A queued job never starts. */
  public void cancel() {
    token.cancel();
    Runnable hook = onCancelRequest.get();
    if (hook != null) {
      hook.run();
    }
  }

  /**
   * Asks the job to stop at its next check because the window is quitting: like Cancel, except
   * that a training run stopped this way is kept as interrupted, to be resumed.
   */
  public void stopForQuit() {
    token.stopForShutdown();
    Runnable hook = onCancelRequest.get();
    if (hook != null) {
      hook.run();
    }
  }

  /** Whether Cancel was pressed (or the window is quitting). */
  public boolean isCancelRequested() {
    return token.isCancelled();
  }

  /**
   * What this job is doing, as the question before quitting names it ("Training 'iris'"), or
   * null for a job quitting need not ask about.
   */
  public String quitSubject() {
    return quitSubject;
  }

  /** What quitting does to this job ("The run is kept and can be resumed."), or null. */
  public String quitNote() {
    return quitNote;
  }

  void setQuitNote(String subject, String note) {
    this.quitSubject = subject;
    this.quitNote = note;
  }

  /**
   * Completes on the worker thread once the job's work has returned or thrown (or the job was
   * stopped before it started); its callbacks may still be waiting for the UI thread.
   */
  CompletableFuture<Void> ended() {
    return ended;
  }

  /** The order jobs were made in. */
  long sequence() {
    return sequence;
  }

  CancellationToken token() {
    return token;
  }

  void onCancelRequest(Runnable hook) {
    onCancelRequest.set(hook);
  }

  /** The state. */
  public ReadOnlyObjectProperty<JobState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The current state. */
  public JobState getState() {
    return state.get();
  }

  /** Progress between 0 and 1, or -1 when unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening now, in plain words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The current message. */
  public String getMessage() {
    return message.get();
  }

  /** The error of a failed job, or null. */
  public ReadOnlyObjectProperty<Throwable> errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The error of a failed job, or null. */
  public Throwable getError() {
    return error.get();
  }

  void setState(JobState newState) {
    state.set(newState);
  }

  void setProgress(double fraction, String text) {
    progress.set(fraction);
    if (text != null && !text.isBlank()) {
      message.set(text);
    }
  }

  void setError(Throwable failure, String plainMessage) {
    error.set(failure);
    message.set(plainMessage);
  }

  @Override
  public String toString() {
    return title + " [" + getState() + "]";
  }
}
