package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.app.desktop.training.StrategyChoice;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.ModelImportRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Fine-tune… on a TensorFlow SavedModel in the Models view trains as {@code train --base} does on
 * the command line: the train dialog offers the SavedModel's own options (strategy and feature
 * signature, not the picture options), and with the strategy set to a new head the run completes
 * on the {@code savedmodel-head} route and keeps a head whose base is the SavedModel.
 */
@ExtendWith(ApplicationExtension.class)
class SavedModelFineTuneTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() throws Exception {
    // An untrained 64-32-10 SavedModel with serving_default, features and train signatures.
    Path savedModel = dir.resolve("tiny");
    TinySavedModel.build(savedModel, 7);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      workbench.modelImports().importModel(savedModel, new ModelImportRequest("tiny", null, null));
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
  void fineTuningASavedModelFromTheModelsViewTrainsANewHeadOnItsFeatures() {
    waitForProject();
    ModelInfo tiny = window.model().models().get(0);
    assertThat(tiny.engine()).isEqualTo("TensorFlow");
    interact(() -> window.select("model:" + tiny.id()));
    waitUntil("the model page shows", 20, () -> lookup("#fine-tune-model").tryQuery().isPresent());

    clickOn("#fine-tune-model");
    waitUntil("the dataset dialog is open", 10, () -> lookup("#dialog-confirm").tryQuery().isPresent());
    assertThat(lookup("#choose-target").queryComboBox().getValue()).isEqualTo("class");
    clickOn("#dialog-confirm");

    waitUntil("the train dialog is open", 10, () -> lookup("#start-training").tryQuery().isPresent());
    ComboBox<String> base = lookup("#base-model").query();
    assertThat(base.getValue()).isEqualTo("tiny");
    ComboBox<StrategyChoice> strategy = lookup("#strategy").query();
    waitUntil("the SavedModel's strategy is offered", 30, strategy::isVisible);
    assertThat(lookup("#freeze-epochs").<Node>query().isVisible()).as("no TorchScript options for a SavedModel")
        .isFalse();
    assertThat(lookup("#augment").<Node>query().isVisible()).isFalse();

    interact(() -> strategy.setValue(StrategyChoice.HEAD));
    ComboBox<String> signature = lookup("#signature").query();
    waitUntil("the head's feature signature is offered", 30, signature::isVisible);
    assertThat(signature.getItems()).as("the model's own signatures are offered")
        .contains("features", "serving_default");
    Spinner<String> epochs = lookup("#epochs").query();
    interact(() -> epochs.getEditor().setText("3"));
    Button start = lookup("#start-training").queryButton();
    waitUntil("Train is enabled", 30, () -> !start.isDisabled());
    interact(start::fire);

    waitUntil("the fine-tune completes", 240, () -> window.model().runs().stream()
        .anyMatch(r -> r.status() == RunStatus.COMPLETED || r.status() == RunStatus.FAILED));
    RunInfo run = window.model().runs().get(0);
    assertThat(run.status()).as(run.error()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.route()).isEqualTo("savedmodel-head");
    assertThat(run.hyperparameters()).containsEntry("base_model", "tiny").containsEntry("strategy", "head")
        .containsEntry("signature", "features").containsEntry("epochs", "3");
    waitUntil("the kept head is in the library", 30, () -> window.model().models().size() == 2);
    ModelInfo head = window.model().models().stream().filter(m -> m.id() == run.modelId()).findFirst()
        .orElseThrow();
    assertThat(head.kind()).isEqualTo("savedmodel-head");
    assertThat(head.baseModelId()).isEqualTo(tiny.id());
  }
}
