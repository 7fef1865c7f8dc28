package org.modelworkbench.services.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.SampleProject;
import org.modelworkbench.services.Workbench;

/** The target proposed for a new run, and the model kinds offered, on the shipped samples. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetAndKindsTest {
  private static final Path SAMPLES = Path.of("../../resources/samples");

  @TempDir
  static Path folder;

  private Workbench workbench;

  @BeforeAll
  void open() {
    workbench = Workbench.open(folder.resolve("project"));
    SampleProject.populate(workbench, SAMPLES, ProgressListener.NONE);
  }

  @AfterAll
  void close() {
    workbench.close();
  }

  @Test
  void aColumnNamedLikeALabelIsSuggestedOverTheLastColumnWithTheReason() {
    DatasetInfo penguins = workbench.datasets().find("penguins");
    assertThat(penguins.columns().get(penguins.columns().size() - 1).name()).isEqualTo("year");
    TargetProposal proposal = TargetSuggestion.of(penguins);
    assertThat(proposal.column()).isEqualTo("species");
    assertThat(proposal.reason()).isEqualTo("Suggested: named like a label, 3 values.");
    assertThat(proposal.fromRun()).isFalse();
    assertThat(TargetSuggestion.of(workbench.datasets().find("support_tickets")).column()).isEqualTo("category");
    // diabetes' target is an amount: named like a label but with many values, so only the last column.
    TargetProposal diabetes = TargetSuggestion.of(workbench.datasets().find("diabetes"));
    assertThat(diabetes.column()).isEqualTo("target");
    assertThat(diabetes.reason()).startsWith("Suggested: the last column");
  }

  @Test
  void labelNamesAreMatchedWordByWord() {
    assertThat(TargetSuggestion.namedLikeLabel("defaulted")).isTrue();
    assertThat(TargetSuggestion.namedLikeLabel("is_fraud")).isTrue();
    assertThat(TargetSuggestion.namedLikeLabel("customerChurned")).isTrue();
    assertThat(TargetSuggestion.namedLikeLabel("Class")).isTrue();
    assertThat(TargetSuggestion.namedLikeLabel("year")).isFalse();
    assertThat(TargetSuggestion.namedLikeLabel("customer_id")).isFalse();
    assertThat(TargetSuggestion.namedLikeLabel("island")).isFalse();
  }

  @Test
  void theLastRunsTargetOnADatasetIsProposedAgain() {
    DatasetInfo wine = workbench.datasets().find("wine");
    assertThat(workbench.training().proposeTarget(wine).column()).isEqualTo("target");
    TrainingSettings d = TrainingSettings.defaults("magnesium");
    TrainingSettings settings = new TrainingSettings("magnesium", null, ModelKind.LINEAR, 1, 32, 0.03, 7L, "cpu", 1,
        null, d.hiddenUnits(), d.patience(), d.validationFraction(), d.testFraction(), java.util.List.of());
    var run = workbench.training().train(TrainRequest.of(wine, settings), TrainingObserver.NONE,
        CancellationToken.none());
    TargetProposal again = workbench.training().proposeTarget(wine);
    assertThat(again.column()).isEqualTo("magnesium");
    assertThat(again.fromRun()).isTrue();
    assertThat(again.reason()).isEqualTo("As in the last run on wine (run " + run.id() + ").");
    assertThat(workbench.training().proposeTarget(workbench.datasets().find("iris")).fromRun())
        .as("a run on another dataset does not count").isFalse();
  }

  @Test
  void onlyTheKindsThatFitTheDataAreOfferedAndATableRefusesAnImageNetwork() {
    DatasetInfo penguins = workbench.datasets().find("penguins");
    assertThat(workbench.training().kindsFor(penguins, "species", null))
        .containsExactly(ModelKind.MLP, ModelKind.LINEAR);
    DatasetInfo tickets = workbench.datasets().find("support_tickets");
    assertThat(workbench.training().kindsFor(tickets, "category", null))
        .containsExactly(ModelKind.TFIDF, ModelKind.ENCODER, ModelKind.MLP, ModelKind.LINEAR);
    assertThat(workbench.training().kindsFor(tickets, "body", null)).as("the text is the target")
        .containsExactly(ModelKind.MLP, ModelKind.LINEAR);
    assertThat(workbench.training().kindsFor(tickets, "category", "bge-small-en-v1.5"))
        .containsExactly(ModelKind.ENCODER);

    TrainingSettings cnn = TrainingSettings.defaults("species", ModelKind.CNN);
    assertThatThrownBy(() -> workbench.training().validate(TrainRequest.of(penguins, cnn)))
        .isInstanceOf(WorkbenchException.class)
        .hasMessage("An image network (cnn) needs a folder of pictures; train the table 'penguins' with mlp or"
            + " linear instead.");
  }
}
