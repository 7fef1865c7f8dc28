package org.modelworkbench.app.desktop.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The train dialog as an analyst uses it, typing with the keyboard and clicking with the mouse:
 * Train acts on the first click with what was just typed, numbers that are not valid are named
 * and keep Train disabled, and the target starts as a likely label, then as the last run's.
 */
@ExtendWith(ApplicationExtension.class)
class TrainDialogWindowTest extends WindowTestBase {
  @TempDir
  static Path dir;

  /** Two copies of the penguins table: one to train on, one whose runs no other test makes. */
  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      Path penguins = TestProjects.samples().resolve("penguins.csv");
      workbench.datasets().importCsv(penguins, "penguins", false, ProgressListener.NONE, CancellationToken.none());
      workbench.datasets().importCsv(penguins, "birds", false, ProgressListener.NONE, CancellationToken.none());
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

  private void openDialog(String dataset) {
    waitForProject();
    DatasetInfo shown = window.model().datasets().stream().filter(d -> d.name().equals(dataset)).findFirst()
        .orElseThrow();
    interact(() -> window.select("dataset:" + shown.id()));
    waitUntil("the dataset is shown", 20, () -> lookup("#train-button").tryQuery().isPresent());
    clickOn("#train-button");
    waitUntil("the train dialog is open", 20, () -> lookup("#start-training").tryQuery().isPresent());
    Labeled check = lookup("#train-check-message").queryLabeled();
    waitUntil("the settings are checked", 30, () -> check.getText().startsWith("Ready"));
  }

  /** Types into a field as a person does: click in it, select what is there, type over it. */
  private void typeInto(String id, String text) {
    clickOn(id);
    push(KeyCode.CONTROL, KeyCode.A);
    write(text);
  }

  private TextField editor(String id) {
    javafx.scene.Node node = lookup(id).query();
    return node instanceof Spinner<?> spinner ? spinner.getEditor() : (TextField) node;
  }

  @Test
  void theFirstClickOnTrainStartsTrainingWithTheEpochsJustTyped() {
    openDialog("birds");
    typeInto("#epochs .text-field", "3");
    Button train = lookup("#start-training").queryButton();
    assertThat(train.isDisabled()).as("typing a valid number keeps Train enabled").isFalse();
    // One click, while the focus is still in the Epochs field.
    clickOn(train);
    waitUntil("a run on birds is recorded", 30, () -> window.model().runs().stream()
        .anyMatch(r -> r.datasetName().equals("birds")));
    waitUntil("the run ends", 180, () -> window.model().runs().stream()
        .filter(r -> r.datasetName().equals("birds")).allMatch(r -> r.status() != RunStatus.RUNNING));
    RunInfo run = window.model().runs().stream().filter(r -> r.datasetName().equals("birds")).findFirst()
        .orElseThrow();
    assertThat(run.hyperparameters()).containsEntry("epochs", "3");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void numbersThatAreNotValidAreNamedWithTheirRangeAndKeepTrainDisabled() {
    openDialog("birds");
    Button train = lookup("#start-training").queryButton();
    Labeled check = lookup("#train-check-message").queryLabeled();
    String[][] bad = {
        {"#epochs", "0", "Epochs must be a whole number from 1 to 10,000."},
        {"#epochs", "abc", "Epochs must be a whole number from 1 to 10,000."},
        {"#batch-size", "0", "Batch size must be a whole number from 1 to 65,536."},
        {"#learning-rate", "fast", "Learning rate must be a number above 0 and at most 10, for example 0.003."},
        {"#threads", "999", "Threads must be a whole number from 0 to 256 (0 uses the measured default)."}};
    for (String[] typed : bad) {
      TextField field = editor(typed[0]);
      String good = field.getText();
      typeInto(typed[0].equals("#learning-rate") ? typed[0] : typed[0] + " .text-field", typed[1]);
      waitUntil(typed[0] + " is refused", 10, () -> check.getText().equals(typed[2]));
      assertThat(train.isDisabled()).as("Train with %s = %s", typed[0], typed[1]).isTrue();
      assertThat(check.getStyleClass()).contains("check-problem");
      assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("danger");
      // Leaving the field changes nothing: no coercion to the nearest valid value.
      clickOn("#seed");
      assertThat(field.getText()).isEqualTo(typed[1]);
      assertThat(train.isDisabled()).isTrue();
      typeInto(typed[0].equals("#learning-rate") ? typed[0] : typed[0] + " .text-field", good);
      waitUntil(typed[0] + " is accepted again", 10, () -> !train.isDisabled());
      assertThat(field.getPseudoClassStates()).extracting(Object::toString).doesNotContain("danger");
    }
    typeInto("#epochs .text-field", "1");
    waitUntil("the summary speaks of one epoch", 10, () -> check.getText().contains("up to 1 epoch (stops early"));
  }

  @Test
  void everySettingExplainsItselfInPlainWords() {
    openDialog("birds");
    java.util.Map<String, String> words = java.util.Map.of(
        "#target-column", "learns to predict",
        "#task", "Classification predicts a category",
        "#model-kind", "The kind of model",
        "#base-model", "fine-tuning",
        "#epochs", "An epoch is one pass",
        "#batch-size", "How many rows the model looks at",
        "#learning-rate", "How big a correction",
        "#seed", "The same seed",
        "#device", "processor (CPU) or a graphics card",
        "#threads", "processor cores");
    words.forEach((id, text) -> {
      javafx.scene.control.Control field = lookup(id).query();
      assertThat(field.getTooltip()).as(id).isNotNull();
      assertThat(field.getTooltip().getText()).as(id).contains(text);
    });
    assertThat(lookup("#excluded-columns").<javafx.scene.control.Control>query().getTooltip().getText())
        .contains("IDs");
  }

  @Test
  void theTargetStartsAsALikelyLabelWithWhyAndThenAsTheLastRunsTarget() {
    openDialog("penguins");
    ComboBox<String> target = lookup("#target-column").query();
    assertThat(target.getValue()).as("not the last column, year").isEqualTo("species");
    assertThat(lookup("#target-reason").queryLabeled().getText()).isEqualTo("Suggested: named like a label, 3 values.");
    assertThat(lookup("#target-reason").queryLabeled().isVisible()).isTrue();
    ComboBox<ModelKind> kinds = lookup("#model-kind").query();
    assertThat(kinds.getItems()).as("no image network for a table").containsExactly(ModelKind.MLP, ModelKind.LINEAR);

    interact(() -> target.setValue("island"));
    assertThat(lookup("#target-reason").queryLabeled().isVisible()).as("the reason was for species").isFalse();
    typeInto("#epochs .text-field", "1");
    Labeled check = lookup("#train-check-message").queryLabeled();
    waitUntil("island is checked", 30, () -> check.getText().startsWith("Ready: classification of island"));
    clickOn("#start-training");
    waitUntil("the run on island ends", 180, () -> window.model().runs().stream()
        .anyMatch(r -> r.target().equals("island") && r.status() != RunStatus.RUNNING));

    openDialog("penguins");
    assertThat(lookup("#target-column").<ComboBox<String>>query().getValue()).isEqualTo("island");
    assertThat(lookup("#target-reason").queryLabeled().getText()).startsWith("As in the last run on penguins");
  }
}
