package org.modelworkbench.app.desktop.jobs;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Describes a job before it starts: what to do with its result, its error and its cancellation.
 * Every callback runs on the UI thread.
 *
 * @param <T> the result type
 */
public final class JobBuilder<T> {
  private final JobRunner runner;
  private final String title;
  private final JobWork<T> work;
  private Consumer<? super T> onSuccess = result -> {};
  private Consumer<Throwable> onError;
  private Runnable onCancelled = () -> {};
  private Function<? super T, String> successMessage = result -> "Done";
  private boolean hidden;
  private boolean queued;
  private String quitSubject;
  private String quitNote;
  private boolean whileQuitting;

  JobBuilder(JobRunner runner, String title, JobWork<T> work) {
    this.runner = runner;
    this.title = Objects.requireNonNull(title, "title");
    this.work = Objects.requireNonNull(work, "work");
  }

  /** Called with the result when the work returns (also when it returns after a Cancel). */
  public JobBuilder<T> onSuccess(Consumer<? super T> callback) {
    this.onSuccess = Objects.requireNonNull(callback);
    return this;
  }

  /** Called when the work fails; without it the runner's default handler shows the error. */
  public JobBuilder<T> onError(Consumer<Throwable> callback) {
    this.onError = Objects.requireNonNull(callback);
    return this;
  }

  /** Called when the work stopped because of Cancel. */
  public JobBuilder<T> onCancelled(Runnable callback) {
    this.onCancelled = Objects.requireNonNull(callback);
    return this;
  }

  /** The message the jobs panel shows once the work returned. */
  public JobBuilder<T> successMessage(Function<? super T, String> message) {
    this.successMessage = Objects.requireNonNull(message);
    return this;
  }

  /** Keeps a short read (a page of rows, a chart's data) out of the jobs panel. */
  public JobBuilder<T> hidden() {
    this.hidden = true;
    return this;
  }

  /** Runs the job after the other queued jobs, one at a time (imports). */
  public JobBuilder<T> queued() {
    this.queued = true;
    return this;
  }

  /**
   * Makes the window ask before it quits while this job runs (trainings, imports), saying what
   * quitting does to it.
   *
   * @param subject what the job does, for example "Training 'iris'"
   * @param whatHappens one sentence, for example "The run is kept and can be resumed."
   */
  public JobBuilder<T> askBeforeQuit(String subject, String whatHappens) {
    this.quitSubject = Objects.requireNonNull(subject);
    this.quitNote = Objects.requireNonNull(whatHappens);
    return this;
  }

  /**
   * Lets the job run even after {@link JobRunner#stopAll()} (closing the project at quit); any
   * other job started then is stopped before it starts.
   */
  public JobBuilder<T> evenWhileQuitting() {
    this.whileQuitting = true;
    return this;
  }

  /** Starts the job and returns its handle. */
  public Job start() {
    return runner.start(this);
  }

  String title() {
    return title;
  }

  JobWork<T> work() {
    return work;
  }

  Consumer<? super T> successCallback() {
    return onSuccess;
  }

  Consumer<Throwable> errorCallback() {
    return onError;
  }

  Runnable cancelledCallback() {
    return onCancelled;
  }

  Function<? super T, String> successMessage() {
    return successMessage;
  }

  boolean isHidden() {
    return hidden;
  }

  boolean isQueued() {
    return queued;
  }

  String quitSubject() {
    return quitSubject;
  }

  String quitNote() {
    return quitNote;
  }

  boolean runsWhileQuitting() {
    return whileQuitting;
  }
}
