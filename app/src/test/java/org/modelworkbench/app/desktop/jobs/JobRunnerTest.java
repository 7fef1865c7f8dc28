package org.modelworkbench.app.desktop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.WorkbenchException;

/** The job runner without a screen: callbacks, states, cancellation, the default error handler. */
class JobRunnerTest {
  @Test
  void successHandsTheResultToTheCallbackAndEndsSucceeded() {
    JobRunner runner = DirectJobRunner.create();
    AtomicReference<String> result = new AtomicReference<>();
    Job job = runner.job("Say hello", context -> {
      context.progress(0.5, "Half way");
      return "hello";
    }).successMessage(text -> "Said " + text).onSuccess(result::set).start();
    assertThat(result.get()).isEqualTo("hello");
    assertThat(job.getState()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job.getMessage()).isEqualTo("Said hello");
    assertThat(runner.jobs()).containsExactly(job);
  }

  @Test
  void failureShowsThePlainMessageAndCallsTheErrorCallback() {
    JobRunner runner = DirectJobRunner.create();
    AtomicReference<Throwable> seen = new AtomicReference<>();
    Job job = runner.job("Import x.csv", context -> {
      throw new WorkbenchException("x.csv, line 3: the row has 4 values but the header has 5.");
    }).onError(seen::set).start();
    assertThat(job.getState()).isEqualTo(JobState.FAILED);
    assertThat(job.getMessage()).isEqualTo("x.csv, line 3: the row has 4 values but the header has 5.");
    assertThat(seen.get()).isInstanceOf(WorkbenchException.class);
  }

  @Test
  void failureWithoutCallbackGoesToTheDefaultHandler() {
    JobRunner runner = DirectJobRunner.create();
    List<String> headings = new ArrayList<>();
    runner.setDefaultErrorHandler((heading, error) -> headings.add(heading + ": " + error.getMessage()));
    runner.job("Export report", context -> {
      throw new IllegalStateException("boom");
    }).start();
    assertThat(headings).containsExactly("Export report did not finish: boom");
  }

  @Test
  void cancellationEndsCancelledAndCallsTheCancelCallback() {
    JobRunner runner = DirectJobRunner.create();
    AtomicBoolean cancelled = new AtomicBoolean();
    Job job = runner.job("Train", context -> {
      context.token().cancel();
      context.token().throwIfCancelled();
      return "never";
    }).onCancelled(() -> cancelled.set(true)).start();
    assertThat(job.getState()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled).isTrue();
  }

  @Test
  void aQueuedJobCancelledBeforeItStartsNeverRuns() {
    Queue<Runnable> queue = new ArrayDeque<>();
    Executor later = queue::add;
    JobRunner runner = new JobRunner(Runnable::run, later, Runnable::run);
    AtomicBoolean ran = new AtomicBoolean();
    Job job = runner.job("Import b.csv", context -> {
      ran.set(true);
      return null;
    }).queued().start();
    assertThat(job.getState()).isEqualTo(JobState.QUEUED);
    job.cancel();
    queue.poll().run();
    assertThat(ran).isFalse();
    assertThat(job.getState()).isEqualTo(JobState.CANCELLED);
  }

  @Test
  void hiddenJobsStayOutOfTheListAndClearFinishedRemovesEndedOnes() {
    JobRunner runner = DirectJobRunner.create();
    runner.job("Read rows", context -> 1).hidden().start();
    runner.job("Visible", context -> 2).start();
    runner.failed("Import a.pdf", new WorkbenchException("a.pdf is not a data file."));
    assertThat(runner.jobs()).extracting(Job::title).containsExactly("Visible", "Import a.pdf");
    runner.clearFinished();
    assertThat(runner.jobs()).isEmpty();
  }

  @Test
  void interruptedWorkCountsAsCancelled() {
    JobRunner runner = DirectJobRunner.create();
    Job job = runner.job("Wait", context -> {
      throw new CancellationException("stop");
    }).start();
    assertThat(job.getState()).isEqualTo(JobState.CANCELLED);
  }
}
