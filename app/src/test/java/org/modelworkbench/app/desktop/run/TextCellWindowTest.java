package org.modelworkbench.app.desktop.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobState;
import org.modelworkbench.app.desktop.support.ReviewsCsv;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A TF-IDF run on reviews in the window: a confusion-matrix cell lists its reviews as one-line
 * snippets with the probability, the selected review shows in full (with its line break) below,
 * and evaluating on the dataset runs as a job with progress.
 */
@ExtendWith(ApplicationExtension.class)
class TextCellWindowTest extends WindowTestBase {
  @TempDir
  static Path dir;
  static RunInfo run;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo reviews = workbench.imports().importFile(ReviewsCsv.write(dir.resolve("reviews.csv")),
          ImportRequest.defaults(), (f, m) -> { }, CancellationToken.none()).dataset();
      TrainingSettings d = TrainingSettings.defaults("rating", ModelKind.TFIDF);
      TrainingSettings settings = new TrainingSettings("rating", null, d.modelKind(), d.epochs(), d.batchSize(),
          d.learningRate(), 3L, "cpu", 0, null, d.hiddenUnits(), d.patience(), 0.15, 0.3, List.of("product", "city"));
      run = workbench.training().train(TrainRequest.of(reviews, settings), TrainingObserver.NONE,
          CancellationToken.none());
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
  void aCellListsItsReviewsAsSnippetsWithTheFullTextOnSelection() {
    assertThat(run.route()).isEqualTo("text-tfidf");
    waitForProject();
    interact(() -> window.select("run:" + run.id()));
    waitUntil("the run view shows its matrix", 20, () -> lookup("#cell-great-great").tryQuery().isPresent());
    ClassificationMetrics metrics = (ClassificationMetrics) run.testMetrics();
    int great = metrics.labels().indexOf("great");
    long count = metrics.confusionMatrix()[great][great];

    clickOn("#cell-great-great");
    TableView<Object[]> rows = lookup("#cell-rows").query();
    waitUntil("the cell's reviews are listed", 30, () -> rows.getItems().size() == count);
    assertThat(lookup("#cell-rows-title").queryLabeled().getText())
        .startsWith(count + " test rows of actual great predicted as great");
    List<String> headers = rows.getColumns().stream().map(TableColumn::getText).toList();
    assertThat(headers).startsWith("Probability").contains("review", "rating");

    List<String> snippets = new ArrayList<>();
    for (Node node : lookup("#cell-rows .text-cell").queryAll()) {
      TableCell<?, ?> cell = (TableCell<?, ?>) node;
      if (!cell.isEmpty() && cell.getText() != null) {
        snippets.add(cell.getText());
      }
    }
    assertThat(snippets).isNotEmpty().allSatisfy(text -> {
      assertThat(text).doesNotContain("\n");
      assertThat(text.length()).isLessThanOrEqualTo(CellPages.SNIPPET_CHARACTERS + 1);
    });

    // A review over two lines: selected, it shows in full with its line break below the table.
    int reviewColumn = rows.getColumns().stream().map(TableColumn::getText).toList().indexOf("review") - 1;
    int twoLines = -1;
    for (int i = 0; i < rows.getItems().size(); i++) {
      if (String.valueOf(rows.getItems().get(i)[reviewColumn]).contains("\n")) {
        twoLines = i;
        break;
      }
    }
    assertThat(twoLines).as("a listed review has two lines").isNotNegative();
    int chosen = twoLines;
    interact(() -> rows.getSelectionModel().select(chosen));
    TextArea full = lookup("#cell-row-text").query();
    assertThat(full.isVisible()).isTrue();
    assertThat(full.isWrapText()).isTrue();
    assertThat(full.getText()).isEqualTo(rows.getItems().get(chosen)[reviewColumn]).contains("\nWould ");
  }

  @Test
  void evaluatingOnTheDatasetIsAJobWithProgress() {
    waitForProject();
    interact(() -> window.select("run:" + run.id()));
    waitUntil("the run view is shown", 20, () -> lookup("#evaluate-run").tryQuery().isPresent());
    clickOn("#evaluate-run");
    waitUntil("the dataset dialog is open", 10, () -> lookup("#dialog-confirm").tryQuery().isPresent());
    clickOn("#dialog-confirm");
    waitUntil("the evaluation job ran", 30, () -> runner.jobs().stream()
        .anyMatch(j -> j.title().startsWith("Evaluate run") && j.getState() == JobState.SUCCEEDED));
    Job job = runner.jobs().stream().filter(j -> j.title().startsWith("Evaluate run")).findFirst().orElseThrow();
    assertThat(job.progressProperty().get()).isEqualTo(1.0);
    assertThat(notifier.infos()).anyMatch(text -> text.startsWith("Evaluated on reviews"));

    // Picked in the Evaluations table, the evaluation's matrix lists the rows of its cells too.
    TableView<org.modelworkbench.model.EvaluationInfo> evaluations = lookup("#evaluations").query();
    waitUntil("the evaluation is in the table", 10, () -> evaluations.getItems().stream()
        .anyMatch(e -> "all".equals(e.split())));
    org.modelworkbench.model.EvaluationInfo onAll = evaluations.getItems().stream()
        .filter(e -> "all".equals(e.split())).findFirst().orElseThrow();
    interact(() -> evaluations.getSelectionModel().select(onAll));
    waitUntil("its matrix shows", 10, () -> lookup("#evaluation-cell-great-great").tryQuery().isPresent());
    ClassificationMetrics all = (ClassificationMetrics) onAll.metrics();
    int great = all.labels().indexOf("great");
    interact(() -> ((javafx.scene.layout.Region) lookup("#evaluation-cell-great-great").query())
        .getOnMouseClicked().handle(null));
    TableView<Object[]> rows = lookup("#cell-rows-evaluation").query();
    waitUntil("the evaluation cell's rows are listed", 30,
        () -> rows.getItems().size() == all.confusionMatrix()[great][great]);
    assertThat(lookup("#cell-rows-title-evaluation").queryLabeled().getText())
        .startsWith(all.confusionMatrix()[great][great] + " rows of actual great predicted as great");
  }
}
