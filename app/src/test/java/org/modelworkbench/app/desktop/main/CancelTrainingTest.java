package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
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
    Path csv = TestProjects.syntheticCsv(dir.resolve("synthetic.csv"), 30_000);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      workbench.datasets().importCsv(csv, null, false, ProgressListener.NONE, CancellationToken.none());
    }
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
    waitForProject();
    long id = window.model().datasets().get(0).id();
    interact(() -> window.select("dataset:" + id));
    waitUntil("the dataset is shown", 10, () -> lookup("#train-button").tryQuery().isPresent());
    clickOn("#train-button");
    waitUntil("the train dialog is open", 10, () -> lookup("#start-training").tryQuery().isPresent());
    Spinner<Integer> epochs = lookup("#epochs").query();
    TextField rate = lookup("#learning-rate").query();
    interact(() -> {
      epochs.getValueFactory().setValue(500);
      rate.setText("0.0001");
    });
    waitUntil("the settings are checked", 20,
        () -> lookup("#train-check-message").queryLabeled().getText().startsWith("Ready"));
    clickOn("#start-training");
    waitUntil("the live monitor shows", 10, () -> lookup("#live-loss-chart").tryQuery().isPresent());
    LineChart<Number, Number> live = lookup("#live-loss-chart").query();
    waitUntil("the first epoch is drawn", 120, () -> !live.getData().get(0).getData().isEmpty());
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
