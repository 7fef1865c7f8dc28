package org.modelworkbench.services.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.data.quality.QualityCodes;
import org.modelworkbench.ml.tabular.TabularModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataSplit;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.QualityFinding;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.Task;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * Until a text route exists, the table model leaves a free-text column out and says so; a text
 * column is refused as a target; and the text findings (empty texts, equal texts with different
 * labels, the same text in training and test) reach the dataset check, the target check and the
 * run's notices, with counts and example rows.
 */
class TextTrainingTest {
  @TempDir Path dir;

  /** Reviews with a few planted problems: copies with the other label, texts with no words, repeats. */
  private DatasetInfo importReviews(Workbench workbench) throws IOException {
    List<List<String>> rows = new ArrayList<>(TextFiles.rows(240, 7));
    for (int i = 0; i < 20; i++) {
      List<String> copy = rows.get(i);
      rows.add(List.of(Integer.toString(1000 + i), copy.get(1), copy.get(2), copy.get(3), copy.get(4)));
    }
    List<String> original = rows.get(0);
    rows.set(1, List.of(rows.get(1).get(0), original.get(1), rows.get(1).get(2), rows.get(1).get(3),
        original.get(4).equals("great") ? "other" : "great"));
    rows.set(5, List.of(rows.get(5).get(0), "-", rows.get(5).get(2), rows.get(5).get(3), rows.get(5).get(4)));
    Path csv = TextFiles.csv(dir.resolve("reviews.csv"), rows);
    return workbench.imports().importFile(csv, ImportRequest.defaults(), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  private static TrainingSettings quick(String target, List<String> excluded) {
    TrainingSettings d = TrainingSettings.defaults(target, ModelKind.LINEAR);
    return new TrainingSettings(target, null, d.modelKind(), 3, 32, d.learningRate(), 42L, "cpu", 1, null,
        d.hiddenUnits(), 3, 0.15, 0.2, excluded);
  }

  @Test
  void theTableModelLeavesTheTextOutAndSaysSo() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo reviews = importReviews(workbench);
      TrainRequest request = TrainRequest.of(reviews, quick("label", List.of("id")));
      assertThat(workbench.training().validate(request)).isEqualTo(Task.CLASSIFICATION);
      assertThat(workbench.training().notices(request)).containsExactly(
          "'review' is free text, which this table model does not read, so it is not used by this model.");

      List<String> notices = new ArrayList<>();
      RunInfo run = workbench.training().train(request, new TrainingObserver() {
        @Override
        public void notice(String message) {
          notices.add(message);
        }
      }, CancellationToken.none());
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(notices).contains(
          "'review' is free text, which this table model does not read, so it is not used by this model.");
      // The 20 copied reviews are spread over the split: some land in test with their original in training.
      assertThat(notices).anyMatch(n -> n.startsWith("Data quality: ") && n.contains("have the same 'review' text as a"
          + " training or validation row, for example row"));
      Path modelDir = workbench.projectDir().resolve("artifacts").resolve("runs").resolve(Long.toString(run.id()))
          .resolve("model");
      try (TabularModel model = TabularModel.load(modelDir)) {
        assertThat(model.featureColumns()).containsExactly("city", "channel");
      }
    }
  }

  @Test
  void textAloneIsNotEnoughForTheTableModelAndIsNeverATarget() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo reviews = importReviews(workbench);
      assertThatThrownBy(() -> workbench.training().validate(
          TrainRequest.of(reviews, quick("label", List.of("id", "city", "channel")))))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("The only columns besides the target 'label' are free text ('review'), which a table model does"
              + " not read. Keep some columns of numbers or categories, or train a text model.");
      assertThatThrownBy(() -> workbench.training().validate(TrainRequest.of(reviews, quick("review", List.of()))))
          .isInstanceOf(WorkbenchException.class)
          .hasMessage("'review' holds free text, which a model reads rather than predicts. Pick the column with the"
              + " labels (the classes to sort the texts into) as the target.");
    }
  }

  @Test
  void textFindingsWithCountsAndExampleRows() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo reviews = importReviews(workbench);
      List<QualityFinding> dataset = workbench.quality().datasetReport(reviews).findings();
      QualityFinding empty = dataset.stream().filter(f -> f.code().equals(QualityCodes.EMPTY_TEXTS)).findFirst()
          .orElseThrow();
      assertThat(empty.count()).isEqualTo(1);
      assertThat(empty.message()).startsWith("'review' has 1 text with no words in it (row 6: '-')");

      List<QualityFinding> target = workbench.quality().forTarget(reviews, "label", Task.CLASSIFICATION,
          List.of("id")).findings();
      QualityFinding conflict = target.stream().filter(f -> f.code().equals(QualityCodes.TEXT_CONFLICTING_LABELS))
          .findFirst().orElseThrow();
      // Row 1 and its copy (row 241) against row 2, which has its text with the other label.
      assertThat(conflict.count()).isEqualTo(3);
      assertThat(conflict.message()).startsWith("3 rows in 1 group have the same 'review' text but a different"
          + " 'label', for example rows 1, 2 and 241");

      int rows = (int) reviews.rows();
      int[] train = java.util.stream.IntStream.range(0, 200).toArray();
      int[] test = java.util.stream.IntStream.range(200, rows).toArray();
      DataSplit split = new DataSplit(train, new int[0], test, 1, false);
      org.modelworkbench.model.DataTable table = workbench.datasets().rows(reviews);
      QualityFinding leak = workbench.quality().forTextSplit(table, split, List.of("review")).findings().get(0);
      assertThat(leak.code()).isEqualTo(QualityCodes.TEXT_SPLIT_OVERLAP);
      int column = table.columnIndex("review");
      java.util.Set<Object> seen = new java.util.HashSet<>();
      for (int r : train) {
        seen.add(table.value(r, column));
      }
      long expected = java.util.Arrays.stream(test).filter(r -> seen.contains(table.value(r, column))).count();
      // The 20 copies of training rows, less row 6's, whose original was blanked out.
      assertThat(expected).isGreaterThanOrEqualTo(19);
      assertThat(leak.count()).isEqualTo(expected);
      assertThat(leak.message()).contains("test rows").contains("for example rows ");
    }
  }
}
