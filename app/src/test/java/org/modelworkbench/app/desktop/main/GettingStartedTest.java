package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.model.RunStatus;

/** The welcome panel's state without a screen: shown after a first start, the example run to open. */
class GettingStartedTest {
  @TempDir
  Path dir;

  @Test
  void aFreshSampleProjectOffersThePenguinsAndItsFinishedExampleRunUntilClosed() {
    JobRunner runner = DirectJobRunner.create();
    ProjectSession session = new ProjectSession(runner, new InMemoryRecentProjects(), TestProjects.samples());
    MainViewModel model = new MainViewModel(runner, session);
    session.setOnExampleRun(run -> model.refresh());
    List<Boolean> kept = new ArrayList<>();
    GettingStarted welcome = new GettingStarted(model, false, kept::add);
    try {
      assertThat(welcome.shownProperty().get()).isFalse();
      assertThat(welcome.exampleRunProperty().get()).isNull();
      assertThat(welcome.exampleTextProperty().get()).startsWith("No finished run yet");

      session.open(dir.resolve("Sample project"), true);

      assertThat(welcome.shownProperty().get()).as("shown once the samples are in").isTrue();
      assertThat(welcome.sampleProperty().get().name()).isEqualTo("penguins");
      assertThat(welcome.sampleTarget()).isEqualTo("species");
      assertThat(welcome.exampleRunProperty().get()).isNotNull();
      assertThat(welcome.exampleRunProperty().get().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(welcome.exampleTextProperty().get())
          .matches("Run 1 predicts species of penguins, accuracy \\d\\.\\d+: its curves, confusion matrix and report\\.");

      welcome.dismiss();
      assertThat(welcome.shownProperty().get()).isFalse();
      welcome.showAgain();
      assertThat(welcome.shownProperty().get()).isTrue();
      assertThat(kept).containsExactly(true, false);

      // Another project (not a first start) does not show it.
      session.open(TestProjects.withIris(dir.resolve("iris project")), false);
      assertThat(welcome.shownProperty().get()).isFalse();
      assertThat(welcome.sampleProperty().get().name()).isEqualTo("iris");
      assertThat(welcome.sampleTarget()).as("the train dialog suggests one").isNull();
    } finally {
      session.close().join();
    }
  }

  @Test
  void aClosedPanelStaysClosedOnTheNextFirstStart() {
    JobRunner runner = DirectJobRunner.create();
    ProjectSession session = new ProjectSession(runner, new InMemoryRecentProjects(), dir.resolve("no samples"));
    MainViewModel model = new MainViewModel(runner, session);
    GettingStarted welcome = new GettingStarted(model, true, dismissed -> { });
    try {
      session.open(TestProjects.withIris(dir.resolve("project")), true);
      assertThat(welcome.shownProperty().get()).isFalse();
    } finally {
      session.close().join();
    }
  }
}
