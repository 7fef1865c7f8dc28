package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.runs.RunComparison;
import org.modelworkbench.app.desktop.runs.RunRow;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Two runs side by side from the runs browser: only the differing setting is highlighted. */
@ExtendWith(ApplicationExtension.class)
class CompareRunsTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    Path project = TestProjects.withIris(dir.resolve("project"));
    TestProjects.trainIris(project, 3, 0.01, 1);
    TestProjects.trainIris(project, 3, 0.003, 1);
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
  void comparingTwoRunsHighlightsTheLearningRateAndShowsDeltasAndCurves() {
    waitForProject();
    interact(() -> window.showSection(SidebarItem.Kind.RUNS));
    TableView<RunRow> runs = lookup("#runs-table").query();
    waitUntil("both runs are listed", 10, () -> runs.getItems().size() == 2);
    interact(() -> runs.getSelectionModel().selectAll());
    clickOn("#compare-runs");
    waitUntil("the comparison shows", 30, () -> lookup("#compare-parameters").tryQuery().isPresent());
    TableView<RunComparison.ParameterRow> parameters = lookup("#compare-parameters").query();
    assertThat(parameters.getItems()).filteredOn(RunComparison.ParameterRow::differs)
        .extracting(RunComparison.ParameterRow::name).containsExactly("Learning rate");
    TableView<RunComparison.MetricRow> metrics = lookup("#compare-metrics").query();
    assertThat(metrics.getItems()).extracting(RunComparison.MetricRow::key).contains("accuracy", "macro_f1");
    LineChart<Number, Number> curves = lookup("#compare-loss-chart").query();
    assertThat(curves.getData()).hasSize(2);
    clickOn("#only-differences");
    assertThat(parameters.getItems()).hasSize(1);
    clickOn("#close-comparison");
    waitUntil("the browser is back", 10, () -> lookup("#runs-table").tryQuery().isPresent());
  }
}
