package org.modelworkbench.app.desktop.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.CancellationToken;

/** What quitting asks about, and how it stops the jobs; with a runner whose lanes a test drives. */
class QuitQuestionTest {
  private static final String RUN_KEPT = "The run is kept and can be resumed.";
  private static final String IMPORT_LOST = "An import that has not finished keeps nothing.";

  private final List<Runnable> lane = new ArrayList<>();
  private final JobRunner runner = new JobRunner(lane::add, lane::add, Runnable::run);

  @Test
  void oneTrainingIsNamed() {
    runner.job("Training species on iris", context -> null).askBeforeQuit("Training 'iris'", RUN_KEPT).start();
    runner.job("Read project", context -> null).hidden().start();

    assertThat(QuitQuestion.about(runner.runningAtQuit())).contains(new QuitQuestion("Quit Model Workbench?",
        "Training 'iris' is running. Quit anyway? The run is kept and can be resumed."));
  }

  @Test
  void severalJobsAreListedAndEachNoteSaidOnce() {
    runner.job("t", context -> null).askBeforeQuit("Training 'iris'", RUN_KEPT).start();
    runner.job("a", context -> null).askBeforeQuit("Importing 'a.csv'", IMPORT_LOST).start();
    runner.job("b", context -> null).askBeforeQuit("Importing 'b.csv'", IMPORT_LOST).start();

    assertThat(QuitQuestion.about(runner.runningAtQuit()).orElseThrow().text()).isEqualTo(
        "Training 'iris', importing 'a.csv' and importing 'b.csv' are running. Quit anyway? " + RUN_KEPT + " "
            + IMPORT_LOST);
    assertThat(QuitQuestion.of(List.of("A", "B", "C", "D", "E"), List.of("n", "n", "n", "n", "n")).orElseThrow()
        .text()).isEqualTo("A, b, c and 2 more are running. Quit anyway? n");
  }

  @Test
  void finishedOrCancelledJobsAreNotAskedAbout() {
    Job done = runner.job("t", context -> null).askBeforeQuit("Training 'iris'", RUN_KEPT).start();
    Job cancelled = runner.job("u", context -> null).askBeforeQuit("Training 'wine'", RUN_KEPT).start();
    lane.remove(0).run();
    cancelled.cancel();

    assertThat(done.getState()).isEqualTo(JobState.SUCCEEDED);
    assertThat(runner.runningAtQuit()).isEmpty();
    assertThat(QuitQuestion.about(runner.runningAtQuit())).isEmpty();
  }

  @Test
  void stopAllStopsEveryJobForQuittingAndCompletesWhenTheyHaveEnded() {
    List<CancellationToken> tokens = new ArrayList<>();
    Job training = runner.job("t", context -> {
      tokens.add(context.token());
      context.token().throwIfCancelled();
      return "done";
    }).askBeforeQuit("Training 'iris'", RUN_KEPT).start();

    CompletableFuture<Void> stopped = runner.stopAll();

    assertThat(training.isCancelRequested()).isTrue();
    assertThat(stopped).isNotDone();
    lane.remove(0).run();
    assertThat(stopped).isDone();
    assertThat(training.getState()).isEqualTo(JobState.CANCELLED);

    // Started while quitting: stopped before it starts, unless it is the project's close.
    List<String> ran = new ArrayList<>();
    Job late = runner.job("Read project", context -> ran.add("read")).hidden().start();
    Job close = runner.job("Close project", context -> ran.add("close")).hidden().evenWhileQuitting().start();
    lane.forEach(Runnable::run);
    assertThat(ran).containsExactly("close");
    assertThat(late.getState()).isEqualTo(JobState.CANCELLED);
    assertThat(close.getState()).isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void runningWorkSeesThatItWasStoppedForQuitting() throws Exception {
    JobRunner threads = new JobRunner(work -> new Thread(work, "test-worker").start(), Runnable::run, Runnable::run);
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean sawShutdown = new java.util.concurrent.atomic.AtomicBoolean();
    threads.job("t", context -> {
      started.countDown();
      while (!context.token().isCancelled()) {
        Thread.sleep(5);
      }
      sawShutdown.set(context.token().isShutdown());
      return null;
    }).askBeforeQuit("Training 'iris'", RUN_KEPT).start();
    started.await();

    threads.stopAll().get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(sawShutdown).isTrue();
    assertThat(threads.isStopping()).isTrue();
  }
}
