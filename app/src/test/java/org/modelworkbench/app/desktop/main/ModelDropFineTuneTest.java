package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A TorchScript backbone dropped onto the window lands in Models with its shapes, and Fine-tune…
 * opens the train dialog on it with the fine-tuning learning rate; the run trains from it.
 */
@ExtendWith(ApplicationExtension.class)
class ModelDropFineTuneTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
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
  void aDroppedBackboneShowsItsShapesAndFineTunesFromTheModelsPage() throws Exception {
    waitForProject();
    Path backbone = Files.copy(ImageProjects.RESOURCES.resolve("models/digits_embedding.pt"),
        dir.resolve("digits_backbone.pt"));
    Dragboard board = mock(Dragboard.class);
    when(board.hasFiles()).thenReturn(true);
    when(board.getFiles()).thenReturn(List.of(backbone.toFile()));
    when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY));
    Node root = lookup("#window-root").query();
    interact(() -> root.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, board, 100, 100, 100, 100,
        TransferMode.COPY, null, null, null)));
    waitUntil("the dropped model is in the library", 60, () -> !window.model().models().isEmpty());
    ModelInfo model = window.model().models().get(0);
    assertThat(model.name()).isEqualTo("digits_backbone");

    interact(() -> window.select("model:" + model.id()));
    waitUntil("the model page shows", 20, () -> lookup("#model-shapes").tryQuery().isPresent());
    assertThat(lookup("#model-shapes").queryLabeled().getText()).startsWith("PyTorch · torchscript · input 1×8×8 image");

    clickOn("#fine-tune-model");
    waitUntil("the dataset dialog is open", 10, () -> lookup("#dialog-confirm").tryQuery().isPresent());
    assertThat(lookup("#choose-target").queryComboBox().getValue()).isEqualTo("class");
    clickOn("#dialog-confirm");

    waitUntil("the train dialog is open", 10, () -> lookup("#start-training").tryQuery().isPresent());
    ComboBox<String> base = lookup("#base-model").query();
    assertThat(base.getValue()).isEqualTo("digits_backbone");
    TextField rate = lookup("#learning-rate").query();
    assertThat(rate.getText()).as("an image network's default rate, written plainly").isEqualTo("0.003");
    Spinner<String> epochs = lookup("#epochs").query();
    interact(() -> epochs.getEditor().setText("2"));
    javafx.scene.control.Button start = lookup("#start-training").queryButton();
    waitUntil("Train is enabled", 30, () -> !start.isDisabled());
    interact(start::fire);

    waitUntil("the fine-tune completes", 240,
        () -> window.model().runs().stream().anyMatch(r -> r.status() == RunStatus.COMPLETED));
    RunInfo run = window.model().runs().get(0);
    assertThat(run.hyperparameters()).containsEntry("base_model", "digits_backbone")
        .containsEntry("epochs", "2");
    assertThat(Double.parseDouble(run.hyperparameters().get("learning_rate"))).isEqualTo(0.003);
  }
}
