package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.runs.RunRow;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.app.desktop.support.CutLabels;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The window at 1024×700: the runs table shows its key columns (Run, Dataset, Target, Accuracy)
 * whole, the sidebar's names and the status bar's texts are not cut, a cut cell has its full text
 * in a tooltip, Ctrl+R opens the runs list, and the sidebar collapses and stays so.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest extends WindowTestBase {
  private static final Set<String> KEY_HEADERS = Set.of("Run", "Dataset", "Target", "Accuracy");

  @TempDir
  static Path dir;

  private Path settingsFile;
  private Stage stage;

  @BeforeAll
  static void project() {
    Path project = TestProjects.withIris(dir.resolve("project"));
    try (Workbench workbench = Workbench.open(project)) {
      workbench.imports().importFile(TestProjects.iris(), ImportRequest.of("loans_2025_europe", false),
          ProgressListener.NONE, CancellationToken.none());
    }
    TestProjects.trainIris(project, 2, 0.01, 1);
    TestProjects.trainIris(project, 2, 0.003, 1);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    System.setProperty("workbench.window", "1024x700");
    try {
      settingsFile = TestProjects.newSettingsFile();
      showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"), new SettingsFile(settingsFile));
      // The test JVM's one stage may keep a size another test gave it: set it, as a user would.
      stage.setWidth(1024);
      stage.setHeight(700);
    } finally {
      System.clearProperty("workbench.window");
    }
  }

  @Stop
  void stop() {
    closeWindow();
    // The next tests get the stage at the usual size.
    interact(() -> {
      stage.setWidth(1280);
      stage.setHeight(800);
    });
  }

  @Test
  void keyLabelsOfTheRunsTableSidebarAndStatusBarAreWholeAt1024By700() {
    waitForProject();
    assertThat(window.stage().getWidth()).isEqualTo(1024);
    press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    waitUntil("Ctrl+R opens the runs list", 10, () -> lookup("#runs-table").tryQuery().isPresent());
    TableView<RunRow> runs = lookup("#runs-table").query();
    waitUntil("both runs are listed", 10, () -> runs.getItems().size() == 2);
    waitUntil("the sidebar lists the runs", 10, () -> lookup(".sidebar-name").queryAll().stream()
        .anyMatch(n -> ((Label) n).getText().equals("Run 2")));

    List<String> headers = new ArrayList<>();
    List<String> cutHeaders = new ArrayList<>();
    for (Node node : runs.lookupAll(".column-header .label")) {
      Label header = (Label) node;
      if (KEY_HEADERS.contains(header.getText())) {
        headers.add(header.getText());
        cutHeaders.addAll(CutLabels.in(header, runs));
      }
    }
    assertThat(headers).containsExactlyInAnyOrderElementsOf(KEY_HEADERS);
    assertThat(cutHeaders).as("key headers of the runs table").isEmpty();

    Node sidebar = lookup("#sidebar").query();
    List<String> cutNames = new ArrayList<>();
    for (Node name : sidebar.lookupAll(".sidebar-name")) {
      cutNames.addAll(CutLabels.in(name, sidebar));
    }
    assertThat(sidebar.lookupAll(".sidebar-name")).extracting(n -> ((Label) n).getText())
        .contains("Datasets", "loans_2025_europe", "Runs", "Run 1");
    assertThat(cutNames).as("names in the sidebar").isEmpty();

    Node statusBar = lookup("#status-bar").query();
    assertThat(CutLabels.in(statusBar, statusBar)).as("texts of the status bar").isEmpty();
    assertThat(lookup("#status-project").queryLabeled().getText()).isEqualTo("project");
  }

  @Test
  void aCellTooNarrowForItsTextShowsItInATooltip() {
    waitForProject();
    interact(() -> window.showSection(SidebarItem.Kind.RUNS));
    TableView<RunRow> runs = lookup("#runs-table").query();
    waitUntil("both runs are listed", 10, () -> runs.getItems().size() == 2);
    TableColumn<RunRow, ?> dataset = runs.getColumns().stream().filter(c -> c.getText().equals("Dataset"))
        .findFirst().orElseThrow();
    interact(() -> dataset.setPrefWidth(60));
    waitUntil("the dataset cells are cut and carry their full text", 10, () -> datasetCells(runs).stream()
        .allMatch(c -> c.getTooltip() != null && c.getTooltip().getText().equals("iris · version 1")));
    interact(() -> dataset.setPrefWidth(200));
    waitUntil("whole cells need no tooltip", 10, () -> datasetCells(runs).stream()
        .allMatch(c -> c.getTooltip() == null));
  }

  private static List<TableCell<?, ?>> datasetCells(TableView<RunRow> runs) {
    List<TableCell<?, ?>> cells = new ArrayList<>();
    for (Node node : runs.lookupAll(".table-cell")) {
      if (node instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.getTableColumn() != null
          && cell.getTableColumn().getText().equals("Dataset")) {
        cells.add(cell);
      }
    }
    return cells;
  }

  @Test
  void theSidebarCollapsesWithCtrlBAndTheNextStartRemembersIt() {
    waitForProject();
    SplitPane split = lookup("#main-split").query();
    Node sidebar = lookup("#sidebar").query();
    assertThat(split.getItems()).contains(sidebar);
    clickOn("#sidebar-toggle");
    assertThat(split.getItems()).doesNotContain(sidebar);
    assertThat(new SettingsFile(settingsFile).get("window.sidebarHidden")).contains("true");
    assertThat(window.sidebarShownProperty().get()).isFalse();

    press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
    assertThat(split.getItems()).startsWith(sidebar);
    assertThat(new SettingsFile(settingsFile).get("window.sidebarHidden")).contains("false");
  }
}
