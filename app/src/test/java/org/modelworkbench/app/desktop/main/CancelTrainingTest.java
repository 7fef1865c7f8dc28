package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.RunStatus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Cancel stops a run; it is kept as cancelled with the curve it had. */
@ExtendWith(ApplicationExtension.class)
class CancelTrainingTest extends WindowTestBase {
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
  void cancellingARunKeepsItAsCancelledWithItsCurves() {
    startLongTraining();
    clickOn("#cancel-training");

    waitUntil("the run is kept as cancelled", 60,
        () -> window.model().runs().stream().anyMatch(r -> r.status() == RunStatus.CANCELLED));
    waitUntil("the cancelled run is shown", 30, () -> lookup("#run-loss-chart").tryQuery().isPresent());
    LineChart<Number, Number> curve = lookup("#run-loss-chart").query();
    assertThat(curve.getData().get(0).getData()).isNotEmpty();
    assertThat(lookup(node -> node instanceof javafx.scene.control.Label label && label.getText() != null
        && label.getText().startsWith("This run was cancelled after")).tryQuery()).isPresent();
    assertThat(window.model().runs().get(0).testMetrics()).isNull();
  }
}
