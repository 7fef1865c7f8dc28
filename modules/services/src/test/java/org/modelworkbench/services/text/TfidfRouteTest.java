package org.modelworkbench.services.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * The TF-IDF route on a real project: the default for a dataset with free text, it learns the
 * words, records one point of the curve and the test metrics, keeps a text model folder that
 * predicts the stored rows again, and joins the ordinary columns of a mixed table.
 */
class TfidfRouteTest {
  @TempDir Path dir;

  private DatasetInfo importRows(Workbench workbench, String name, List<List<String>> rows) throws IOException {
    Path csv = TextFiles.csv(dir.resolve(name + ".csv"), rows);
    return workbench.imports().importFile(csv, ImportRequest.defaults(), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  private static TrainingSettings tfidf(List<String> excluded) {
    TrainingSettings d = TrainingSettings.defaults("label", ModelKind.TFIDF);
    return new TrainingSettings("label", null, d.modelKind(), d.epochs(), d.batchSize(), d.learningRate(), 42L,
        "cpu", 0, null, d.hiddenUnits(), d.patience(), 0.15, 0.2, excluded);
  }

  private static Path modelFolder(Workbench workbench, ModelInfo model) {
    return workbench.projectDir().resolve("artifacts").resolve(model.path());
  }

  @Test
  void theDefaultForTextLearnsTheWords() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo reviews = importRows(workbench, "reviews", TextFiles.rows(300, 11));
      assertThat(workbench.training().defaultKind(reviews, "label", null)).isEqualTo(ModelKind.TFIDF);
      TrainRequest request = TrainRequest.of(reviews, tfidf(List.of("id", "city", "channel")));
      assertThat(workbench.training().route(request)).isEqualTo("text-tfidf");

      List<Integer> progress = new ArrayList<>();
      RunInfo run = workbench.training().train(request, new TrainingObserver() {
        @Override
        public void batch(long runId, int epoch, int batch, int batchCount, int maxEpochs) {
          progress.add(batch);
        }
      }, CancellationToken.none());

      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.route()).isEqualTo("text-tfidf");
      assertThat(progress).isNotEmpty();
      ClassificationMetrics test = (ClassificationMetrics) run.testMetrics();
      assertThat(test.accuracy()).isGreaterThan(0.9);
      List<EpochMetrics> curve = workbench.catalog().curve(run.id());
      assertThat(curve).hasSize(1);
      assertThat(curve.get(0).validationMetric()).isGreaterThan(0.9);
      assertThat(curve.get(0).trainLoss()).isLessThan(curve.get(0).validationLoss() + 1);

      ModelInfo model = workbench.catalog().model(run.modelId());
      assertThat(model.kind()).isEqualTo("tfidf");
      assertThat(workbench.library().signature(model).description())
          .isEqualTo("input text 'review' (TF-IDF of word and character n-grams), output 2 classes");
      try (TextTableModel loaded = TextTableModel.load(modelFolder(workbench, model))) {
        assertThat(loaded.inputs().textColumns()).containsExactly("review");
        assertThat(loaded.inputs().tabularColumns()).isEmpty();
        assertThat(loaded.labels()).containsExactly("great", "other");
      }
    }
  }

  /** The label follows the channel, not the words: only the joined ordinary columns can learn it. */
  @Test
  void aMixedTableTrainsOnTheTextAndTheOtherColumns() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : TextFiles.rows(300, 5)) {
      rows.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(3).equals("phone") ? "great" : "other"));
    }
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo tickets = importRows(workbench, "tickets", rows);
      RunInfo mixed = workbench.training().train(TrainRequest.of(tickets, tfidf(List.of("id"))),
          TrainingObserver.NONE, CancellationToken.none());
      RunInfo textOnly = workbench.training().train(TrainRequest.of(tickets, tfidf(List.of("id", "city", "channel"))),
          TrainingObserver.NONE, CancellationToken.none());

      assertThat(((ClassificationMetrics) mixed.testMetrics()).accuracy()).isGreaterThan(0.95);
      assertThat(((ClassificationMetrics) textOnly.testMetrics()).accuracy()).isLessThan(0.85);
      try (TextTableModel loaded = TextTableModel.load(modelFolder(workbench,
          workbench.catalog().model(mixed.modelId())))) {
        assertThat(loaded.inputs().tabularColumns()).containsExactly("city", "channel");
      }
    }
  }

  @Test
  void withoutATextColumnTfidfSaysWhatToDo() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : TextFiles.rows(60, 3)) {
      rows.add(List.of(row.get(0), row.get(4).equals("great") ? "short" : "long", row.get(2), row.get(3), row.get(4)));
    }
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo plain = importRows(workbench, "plain", rows);
      assertThat(workbench.training().defaultKind(plain, "label", null)).isEqualTo(ModelKind.MLP);
      assertThatThrownBy(() -> workbench.training().validate(TrainRequest.of(plain, tfidf(List.of()))))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("The dataset 'plain' has no free-text column besides the target 'label', so a text model has"
              + " nothing to read. Mark a column as text, or train a table model.");
    }
  }
}
