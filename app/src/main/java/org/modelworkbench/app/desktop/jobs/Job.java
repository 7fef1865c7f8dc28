package org.modelworkbench.app.desktop.jobs;

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
  private final String title;
  private final CancellationToken token = new CancellationToken();
  private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.QUEUED);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Waiting");
  private final ReadOnlyObjectWrapper<Throwable> error = new ReadOnlyObjectWrapper<>(this, "error");
  private final AtomicReference<Runnable> onCancelRequest = new AtomicReference<>();

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

  /** Whether Cancel was pressed. */
  public boolean isCancelRequested() {
    return token.isCancelled();
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
