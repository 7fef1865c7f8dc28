package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Training a tiny iris model from the dataset view: the dialog checks the target, the live chart
 * fills, the run appears with its metrics, a matrix cell lists its rows, and the report exports.
 */
@ExtendWith(ApplicationExtension.class)
class TrainAndExportTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    TestProjects.withIris(dir.resolve("project"));
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
  void trainingATinyModelShowsTheRunWithItsMetricsAndExportsItsReport() throws IOException {
    waitForProject();
    long irisId = window.model().datasets().get(0).id();
    interact(() -> window.select("dataset:" + irisId));
    waitUntil("the iris dataset is shown", 10, () -> lookup("#train-button").tryQuery().isPresent());
    clickOn("#train-button");
    waitUntil("the train dialog is open", 10, () -> lookup("#start-training").tryQuery().isPresent());
    ComboBox<String> target = lookup("#target-column").query();
    assertThat(target.getValue()).isEqualTo("target");
    Spinner<String> epochs = lookup("#epochs").query();
    interact(() -> epochs.getEditor().setText("4"));
    Labeled check = lookup("#train-check-message").queryLabeled();
    waitUntil("the settings are checked", 20, () -> check.getText().startsWith("Ready: classification of target"));
    javafx.scene.control.Button start = lookup("#start-training").queryButton();
    waitUntil("Train is enabled", 10, () -> !start.isDisabled());
    // Fired, and the live monitor looked up in the same FX-thread step: a tiny run can finish and
    // hand over to the run view before a later look-up would see the monitor.
    java.util.concurrent.atomic.AtomicReference<LineChart<Number, Number>> monitorChart =
        new java.util.concurrent.atomic.AtomicReference<>();
    interact(() -> {
      start.fire();
      lookup("#training-monitor").tryQuery().ifPresent(monitor -> monitorChart.set(lookup("#live-loss-chart").query()));
    });
    assertThat(monitorChart.get()).as("the live monitor shows as soon as training starts").isNotNull();
    LineChart<Number, Number> live = monitorChart.get();
    waitUntil("the run completes", 180, () -> window.model().runs().stream().anyMatch(r -> r.status() == RunStatus.COMPLETED));
    RunInfo run = window.model().runs().get(0);
    assertThat(run.hyperparameters()).containsEntry("epochs", "4");
    assertThat(live.getData().get(0).getData()).isNotEmpty();

    waitUntil("the run view shows its metrics", 30, () -> lookup("#metric-accuracy").tryQuery().isPresent());
    assertThat(lookup("#run-view").tryQuery()).isPresent();
    LineChart<Number, Number> curve = lookup("#run-loss-chart").query();
    assertThat(curve.getData().get(0).getData()).isNotEmpty();

    clickOn("#cell-setosa-setosa");
    TableView<Object[]> rows = lookup("#cell-rows").query();
    waitUntil("the cell's rows are listed", 30, () -> !rows.getItems().isEmpty());
    assertThat(lookup("#cell-rows-title").queryLabeled().getText()).contains("of actual setosa predicted as setosa");

    Path report = dir.resolve("report.html");
    files.answer(report);
    clickOn("#export-report");
    waitUntil("the report is written", 60, () -> Files.exists(report));
    assertThat(Files.readString(report)).containsIgnoringCase("<html").contains("iris");
    assertThat(notifier.infos()).anyMatch(text -> text.startsWith("Report exported"));
  }
}
