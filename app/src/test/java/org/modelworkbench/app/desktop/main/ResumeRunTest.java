package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Resume on a cancelled image run opens the live monitor, and the run completes with one continuous curve. */
@ExtendWith(ApplicationExtension.class)
class ResumeRunTest extends WindowTestBase {
  private static final int EPOCHS = 4;

  @TempDir
  static Path dir;

  static long runId;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo digits = ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("digits"), "digits");
      RunInfo cancelled = ImageProjects.cancelledCnnRun(workbench, digits, EPOCHS, 1);
      assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
      runId = cancelled.id();
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
  @SuppressWarnings("unchecked")
  void resumeShowsTheLiveMonitorAndTheRunCompletesWithAContinuousCurve() {
    waitForProject();
    interact(() -> window.select("run:" + runId));
    waitUntil("the cancelled run offers Resume", 30,
        () -> lookup("#resume-run").tryQuery().map(node -> node.isVisible()).orElse(false));
    java.util.concurrent.atomic.AtomicReference<LineChart<Number, Number>> monitorChart =
        new java.util.concurrent.atomic.AtomicReference<>();
    // Fired, and the monitor looked up in the same FX-thread step: a short resumed run can finish
    // and hand over to the run view before a later look-up would see the monitor.
    interact(() -> {
      ((javafx.scene.control.Button) lookup("#resume-run").query()).fire();
      lookup("#live-loss-chart").tryQuery().ifPresent(chart -> monitorChart.set((LineChart<Number, Number>) chart));
    });
    assertThat(monitorChart.get()).as("the live monitor shows as soon as the run resumes").isNotNull();
    LineChart<Number, Number> live = monitorChart.get();
    waitUntil("the earlier epoch is drawn first", 20, () -> !live.getData().get(0).getData().isEmpty());

    waitUntil("the resumed run completes", 240, () -> window.model().runs().stream()
        .anyMatch(r -> r.id() == runId && r.status() == RunStatus.COMPLETED));
    waitUntil("the completed run is shown", 60, () -> lookup("#run-loss-chart").tryQuery().isPresent());
    LineChart<Number, Number> curve = lookup("#run-loss-chart").query();
    List<Number> epochs = curve.getData().get(0).getData().stream().map(XYChart.Data::getXValue).toList();
    assertThat(epochs).hasSizeGreaterThan(1);
    for (int i = 0; i < epochs.size(); i++) {
      assertThat(epochs.get(i).intValue()).as("epoch %d of the curve", i).isEqualTo(i + 1);
    }
    assertThat(lookup("#resume-run").tryQuery().map(node -> node.isVisible()).orElse(false)).isFalse();
  }
}
