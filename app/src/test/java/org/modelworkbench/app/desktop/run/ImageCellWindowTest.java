package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A CNN run on the digit pictures in a 1024×700 window: clicking a confusion-matrix cell opens its
 * pictures beside the matrix, in view without scrolling, each named by its path in the imported
 * folder ({@code 3/0045.png}), not by the project's stored copy ({@code images/a2/a2b3….png}).
 */
@ExtendWith(ApplicationExtension.class)
class ImageCellWindowTest extends WindowTestBase {
  @TempDir
  static Path dir;
  static RunInfo run;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo digits = ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("images/digits"), null);
      TrainingSettings defaults = TrainingSettings.defaults("class", ModelKind.CNN);
      TrainingSettings settings = new TrainingSettings("class", null, ModelKind.CNN, 2, 32, 0.003, 7L, "cpu", 0,
          null, List.of(), 2, defaults.validationFraction(), defaults.testFraction(), List.of());
      run = workbench.training().train(TrainRequest.of(digits, settings), TrainingObserver.NONE,
          CancellationToken.none());
    }
  }

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
    stage.setWidth(1024);
    stage.setHeight(700);
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void aCellOpensItsPicturesBesideTheMatrixNamedAsImported() {
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    ClassificationMetrics metrics = (ClassificationMetrics) run.testMetrics();
    // The cell of the actual class with the most test rows, on the row of a mistake when there is one.
    String actual = null;
    String predicted = null;
    long most = -1;
    for (int r = 0; r < metrics.labels().size(); r++) {
      for (int c = 0; c < metrics.labels().size(); c++) {
        long count = metrics.confusionMatrix()[r][c];
        if (count > most) {
          most = count;
          actual = metrics.labels().get(r);
          predicted = metrics.labels().get(c);
        }
      }
    }
    String cellId = "#cell-" + actual + "-" + predicted;
    waitForProject();
    interact(() -> window.select("run:" + run.id()));
    waitUntil("the run view shows its matrix", 30, () -> lookup(cellId).tryQuery().isPresent());
    ScrollPane page = lookup(".page-scroll").query();
    double scrolled = page.getVvalue();
    Node cell = lookup(cellId).query();
    interact(() -> cell.getOnMouseClicked().handle(null));
    long count = most;
    waitUntil("the cell's pictures are listed", 60, () -> lookup("#cell-rows").tryQuery()
        .map(n -> ((TableView<?>) n).getItems().size() == count).orElse(false));

    TableView<Object[]> rows = lookup("#cell-rows").query();
    List<String> headers = rows.getColumns().stream().map(TableColumn::getText).toList();
    assertThat(headers).startsWith("Image", "Picture", "Probability").doesNotContain("file", "source", "sha256");
    TableColumn<Object[], ?> names = rows.getColumns().get(1);
    List<String> shown = new ArrayList<>();
    for (Object[] row : rows.getItems()) {
      shown.add(String.valueOf(names.getCellObservableValue(row).getValue()));
    }
    String folder = actual;
    assertThat(shown).hasSize((int) count).allSatisfy(name -> {
      assertThat(name).matches(folder + "/\\d{4}\\.png");
      assertThat(name).doesNotStartWith("images/");
    });
    waitUntil("the thumbnails are drawn", 30, () -> rows.lookupAll(".table-cell").stream()
        .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getGraphic() instanceof ImageView view
            && view.getImage() != null));

    // In view at once: beside the matrix, on the first screen, and the page did not have to scroll.
    Node panel = lookup("#cell-panel").query();
    interact(() -> {
      Bounds onScreen = panel.localToScene(panel.getLayoutBounds());
      assertThat(onScreen.getMinX()).isGreaterThan(0);
      assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(1024.5);
      assertThat(onScreen.getMinY()).isLessThan(250);
      assertThat(onScreen.getMaxY()).isLessThanOrEqualTo(700.5);
      Bounds table = rows.localToScene(rows.getLayoutBounds());
      assertThat(table.getHeight()).isGreaterThan(150);
      assertThat(table.getMaxY()).isLessThanOrEqualTo(700.5);
    });
    assertThat(page.getVvalue()).isEqualTo(scrolled);

    // A cell of the last column stays in view when the rows open and the page narrows.
    clickOn("#close-cell-rows");
    waitUntil("the panel closes", 10, () -> lookup("#cell-panel").tryQuery().isEmpty());
    String last = metrics.labels().get(metrics.labels().size() - 1);
    Node corner = lookup("#cell-" + last + "-" + last).query();
    interact(() -> corner.getOnMouseClicked().handle(null));
    waitUntil("the panel opens again", 10, () -> lookup("#cell-panel").tryQuery().isPresent());
    interact(() -> {
      Bounds cellOnScreen = corner.localToScene(corner.getLayoutBounds());
      Bounds panelOnScreen = panel.localToScene(panel.getLayoutBounds());
      Bounds viewport = page.localToScene(page.getLayoutBounds());
      assertThat(cellOnScreen.getMaxX()).as("the clicked cell left of the rows").isLessThanOrEqualTo(panelOnScreen.getMinX());
      assertThat(cellOnScreen.getMinX()).as("the clicked cell not scrolled away").isGreaterThanOrEqualTo(viewport.getMinX());
    });
  }
}
