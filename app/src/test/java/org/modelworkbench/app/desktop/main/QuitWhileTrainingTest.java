package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Quitting while a run trains asks first; "Keep working" keeps training, "Quit" ends the run as
 * interrupted, kept, and resumable the next time.
 */
@ExtendWith(ApplicationExtension.class)
class QuitWhileTrainingTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    TestProjects.slowTrainingProject(dir, dir.resolve("project"));
  }

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void quittingDuringTrainingAsksAndKeepsTheRunAsInterrupted() {
    LineChart<Number, Number> live = startLongTraining();

    interact(window::requestQuit);
    waitUntil("quitting asks first", 10, () -> lookup("#quit-question").tryQuery().isPresent());
    DialogPane question = lookup("#quit-question").query();
    assertThat(question.getContentText()).contains("Quit anyway?", "resumed");
    clickOn("#keep-working");
    waitUntil("the question is gone", 10, () -> lookup("#quit-question").tryQuery().isEmpty());
    int drawn = live.getData().get(0).getData().size();
    waitUntil("training goes on", 120, () -> live.getData().get(0).getData().size() > drawn);
    assertThat(quits.get()).isZero();

    interact(window::requestQuit);
    waitUntil("quitting asks again", 10, () -> lookup("#quit-anyway").tryQuery().isPresent());
    clickOn("#quit-anyway");
    waitUntil("the window has quit", 90, () -> quits.get() == 1);

    try (Workbench reopened = Workbench.open(dir.resolve("project"))) {
      RunInfo run = reopened.catalog().runs().get(0);
      assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
      assertThat(reopened.training().canResume(run)).isTrue();
    }
  }
}
