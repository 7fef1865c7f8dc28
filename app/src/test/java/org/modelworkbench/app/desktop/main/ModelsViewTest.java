package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A TorchScript model imported through the services: its page shows its shapes and evaluates it on pictures. */
@ExtendWith(ApplicationExtension.class)
class ModelsViewTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImageProjects.importDigitsCnn(workbench);
      ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("images/digits"), "digits");
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
  void selectingAModelShowsItsShapesAndEvaluatesItOnPictures() {
    waitForProject();
    long id = window.model().models().get(0).id();
    interact(() -> window.select("model:" + id));
    waitUntil("the model page shows", 20, () -> lookup("#model-shapes").tryQuery().isPresent());
    assertThat(lookup("#model-shapes").queryLabeled().getText())
        .isEqualTo("PyTorch · torchscript · input 1×8×8 image, output 10 classes");
    assertThat(lookup(node -> node instanceof Labeled l && l.getText() != null && l.getText().length() == 64
        && l.getText().matches("[0-9a-f]+")).tryQuery()).as("the SHA-256 is shown").isPresent();
    assertThat(lookup(node -> node instanceof Labeled l && "Imported into the project".equals(l.getText()))
        .tryQuery()).isPresent();

    clickOn("#evaluate-model");
    waitUntil("the evaluate dialog is open", 10, () -> lookup("#dialog-confirm").tryQuery().isPresent());
    assertThat(lookup("#choose-target").queryComboBox().getValue()).isEqualTo("class");
    clickOn("#dialog-confirm");

    waitUntil("the evaluation is shown", 60, () -> lookup("#confusion-matrix").tryQuery().isPresent());
    TableView<?> evaluations = lookup("#model-evaluations").queryTableView();
    assertThat(evaluations.getItems()).hasSize(1);
    assertThat(lookup("#model-metric-accuracy").tryQuery()).isPresent();
    assertThat(lookup("#model-status").queryLabeled().getText()).startsWith("Evaluated: Accuracy");
  }
}
