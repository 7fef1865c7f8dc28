package org.modelworkbench.app.desktop.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.common.ErrorText;
import org.modelworkbench.app.desktop.common.FxThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the window's background jobs on threads named {@value #THREAD_PREFIX}, hands results back
 * on the UI executor, and keeps the list of jobs the jobs panel shows.
 *
 * <p>Tests build one with direct executors so view models run without a screen.
 */
public final class JobRunner implements AutoCloseable {
  /** The name prefix of every background thread of the window. */
  public static final String THREAD_PREFIX = "workbench-jobs";

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final Executor background;
  private final Executor serial;
  private final Executor ui;
  private final List<ExecutorService> owned = new ArrayList<>();
  private final ObservableList<Job> jobs = FXCollections.observableArrayList();
  private final Set<Job> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private BiConsumer<String, Throwable> defaultErrorHandler = (title, error) -> {};

  /**
   * Creates a runner.
   *
   * @param background runs jobs in parallel
   * @param serial runs queued jobs one at a time, in order
   * @param ui runs callbacks and property changes on the UI thread
   */
  public JobRunner(Executor background, Executor serial, Executor ui) {
    this.background = background;
    this.serial = serial;
    this.ui = ui;
  }

  /** The runner of the real window: daemon worker threads and the JavaFX thread for results. */
  public static JobRunner standard() {
    ExecutorService parallel = Executors.newCachedThreadPool(named(THREAD_PREFIX));
    ExecutorService queue = Executors.newSingleThreadExecutor(named(THREAD_PREFIX + "-queue"));
    JobRunner runner = new JobRunner(parallel, queue, FxThread.INSTANCE);
    runner.owned.add(parallel);
    runner.owned.add(queue);
    return runner;
  }

  /** Describes a new job; call {@link JobBuilder#start()} to run it. */
  public <T> JobBuilder<T> job(String title, JobWork<T> work) {
    return new JobBuilder<>(this, title, work);
  }

  /** Lists a job that failed before it could start (a file the drop rules refused). */
  public Job failed(String title, Throwable error) {
    Job job = new Job(title);
    job.setState(JobState.FAILED);
    job.setError(error, ErrorText.plainMessage(error));
    jobs.add(job);
    return job;
  }

  /** Every listed job, oldest first. Changes on the UI thread. */
  public ObservableList<Job> jobs() {
    return jobs;
  }

  /** Removes the jobs that have ended from the list. */
  public void clearFinished() {
    jobs.removeIf(job -> job.getState().isDone());
  }

  /** The executor of background threads, for readers that run their own pipeline (row pages). */
  public Executor background() {
    return background;
  }

  /** The executor of the UI thread. */
  public Executor ui() {
    return ui;
  }

  /**
   * Sets what happens to errors of jobs that have no error callback (the window shows a dialog).
   * The handler gets a heading, for example "Export report did not finish", and the error.
   */
  public void setDefaultErrorHandler(BiConsumer<String, Throwable> handler) {
    this.defaultErrorHandler = handler;
  }

  /** Hands an error to the default handler with its heading, for example "Could not open ...". */
  public void reportError(String heading, Throwable error) {
    defaultErrorHandler.accept(heading, error);
  }

  /**
   * The jobs that quitting should ask about ({@link JobBuilder#askBeforeQuit}) and that still
   * run or wait, oldest first. Cancelled ones that are still stopping are left out.
   */
  public List<Job> runningAtQuit() {
    return inFlight.stream()
        .filter(job -> job.quitNote() != null && !job.isCancelRequested())
        .sorted(java.util.Comparator.comparingLong(Job::sequence))
        .toList();
  }

  /**
   * Stops every job for quitting ({@link Job#stopForQuit()}): a training run ends as interrupted,
   * an import leaves nothing behind. Jobs started from now on are stopped before they start,
   * except those marked {@link JobBuilder#evenWhileQuitting()}.
   *
   * @return completes (on a worker thread) when every job that was running or waiting has ended
   */
  public CompletableFuture<Void> stopAll() {
    stopping = true;
    List<CompletableFuture<Void>> ends = new ArrayList<>();
    for (Job job : List.copyOf(inFlight)) {
      job.stopForQuit();
      ends.add(job.ended());
    }
    return CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new));
  }

  /** Whether {@link #stopAll()} was called. */
  public boolean isStopping() {
    return stopping;
  }

  <T> Job start(JobBuilder<T> spec) {
    Job job = new Job(spec.title());
    job.setQuitNote(spec.quitSubject(), spec.quitNote());
    if (stopping && !spec.runsWhileQuitting()) {
      job.stopForQuit();
    }
    if (!spec.isHidden()) {
      jobs.add(job);
    }
    inFlight.add(job);
    ProgressRelay relay = new ProgressRelay(job, ui);
    JobContext context = new JobContext() {
      @Override
      public org.modelworkbench.model.ProgressListener progress() {
        return relay;
      }

      @Override
      public org.modelworkbench.model.CancellationToken token() {
        return job.token();
      }
    };
    Executor lane = spec.isQueued() ? serial : background;
    try {
      lane.execute(() -> run(spec, job, context));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The runner was closed: the job never runs.
      inFlight.remove(job);
      job.ended().complete(null);
      ui.execute(() -> finishCancelled(spec, job));
    }
    return job;
  }

  private <T> void run(JobBuilder<T> spec, Job job, JobContext context) {
    try {
      work(spec, job, context);
    } finally {
      inFlight.remove(job);
      job.ended().complete(null);
    }
  }

  private <T> void work(JobBuilder<T> spec, Job job, JobContext context) {
    if (job.isCancelRequested()) {
      ui.execute(() -> finishCancelled(spec, job));
      return;
    }
    ui.execute(() -> {
      if (!job.getState().isDone()) {
        job.setState(JobState.RUNNING);
        job.setProgress(-1, "Working");
      }
    });
    T result;
    try {
      result = spec.work().run(context);
    } catch (Throwable error) {
      if (isCancellation(error) || job.isCancelRequested()) {
        ui.execute(() -> finishCancelled(spec, job));
      } else {
        LOG.warn("Job '{}' failed", spec.title(), error);
        ui.execute(() -> finishFailed(spec, job, error));
      }
      return;
    }
    ui.execute(() -> finishSucceeded(spec, job, result));
  }

  private <T> void finishSucceeded(JobBuilder<T> spec, Job job, T result) {
    job.setState(job.isCancelRequested() ? JobState.CANCELLED : JobState.SUCCEEDED);
    job.setProgress(1, safeMessage(spec, result));
    guard(spec, () -> spec.successCallback().accept(result));
  }

  private <T> String safeMessage(JobBuilder<T> spec, T result) {
    try {
      return spec.successMessage().apply(result);
    } catch (RuntimeException e) {
      return "Done";
    }
  }

  private void finishFailed(JobBuilder<?> spec, Job job, Throwable error) {
    job.setState(JobState.FAILED);
    job.setError(error, ErrorText.plainMessage(error));
    if (spec.errorCallback() != null) {
      guard(spec, () -> spec.errorCallback().accept(error));
    } else {
      guard(spec, () -> defaultErrorHandler.accept(job.title() + " did not finish", error));
    }
  }

  private void finishCancelled(JobBuilder<?> spec, Job job) {
    job.setState(JobState.CANCELLED);
    job.setProgress(0, "Cancelled");
    guard(spec, spec.cancelledCallback());
  }

  private static void guard(JobBuilder<?> spec, Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.error("A callback of job '{}' failed", spec.title(), e);
    }
  }

  private static boolean isCancellation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CancellationException || t instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the worker threads this runner made. */
  @Override
  public void close() {
    stopping = true;
    owned.forEach(ExecutorService::shutdownNow);
  }
}
