package org.modelworkbench.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.finetune.FineTunedTextClassifier;
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
import org.modelworkbench.services.Workbench;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.Metrics;
import org.modelworkbench.services.datasets.ImportRequest;
import org.modelworkbench.services.datasets.TargetRows;
import org.modelworkbench.services.library.ModelImportRequest;
import org.modelworkbench.services.scoring.MetricsScorer;
import org.modelworkbench.services.scoring.ModelEvaluationOutcome;
import org.modelworkbench.services.scoring.ModelEvaluationRequest;
import org.modelworkbench.services.scoring.ModelPredictions;
import org.modelworkbench.services.training.SavedModelOptions;
import org.modelworkbench.services.training.TextOptions;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * The two routes on a pretrained text encoder, with the real built-in MiniLM weights on a small
 * project: full fine-tuning (cancelled mid-epoch, then resumed to the end from its checkpoint) and
 * a head on the frozen encoder that also reads the ordinary columns.
 */
class EncoderRoutesTest {
  private static final String MINILM = "all-minilm-l6-v2";
  @TempDir Path dir;

  private DatasetInfo reviews(Workbench workbench, int n) throws IOException {
    Path csv = TextFiles.csv(dir.resolve("reviews.csv"), TextFiles.rows(n, 21));
    return workbench.imports().importFile(csv, ImportRequest.defaults(), ProgressListener.NONE,
        CancellationToken.none()).dataset();
  }

  private static TrainRequest request(DatasetInfo data, String strategy, int epochs, List<String> excluded) {
    TrainingSettings d = TrainingSettings.defaults("label", ModelKind.ENCODER);
    TrainingSettings settings = new TrainingSettings("label", null, ModelKind.ENCODER, epochs, 8, 1e-4, 42L, "cpu",
        0, MINILM, d.hiddenUnits(), 0, 0.2, 0.2, excluded);
    return new TrainRequest(data, settings, null, new SavedModelOptions(strategy, null), new TextOptions(32, null),
        false);
  }

  @Test
  void fineTuningResumesFromTheStepItWasCancelledAt() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo data = reviews(workbench, 80);
      TrainRequest request = request(data, null, 2, List.of("id", "city", "channel"));
      assertThat(workbench.training().route(request)).isEqualTo("text-full");
      assertThat(workbench.training().defaultKind(data, "label", MINILM)).isEqualTo(ModelKind.ENCODER);

      CancellationToken cancel = new CancellationToken();
      List<Integer> steps = new ArrayList<>();
      RunInfo stopped = workbench.training().train(request, new TrainingObserver() {
        @Override
        public void step(long runId, int step, int totalSteps, double trainLoss, double secondsLeft) {
          steps.add(step);
          if (step == 8) {
            cancel.cancel();
          }
        }
      }, cancel);
      assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
      assertThat(workbench.training().canResume(stopped)).isTrue();

      List<Integer> resumedSteps = new ArrayList<>();
      RunInfo done = workbench.training().resume(stopped.id(), new TrainingObserver() {
        @Override
        public void step(long runId, int step, int totalSteps, double trainLoss, double secondsLeft) {
          resumedSteps.add(step);
        }
      }, CancellationToken.none());

      assertThat(done.status()).as(done.error()).isEqualTo(RunStatus.COMPLETED);
      assertThat(steps).startsWith(1, 2, 3).endsWith(8);
      assertThat(resumedSteps.get(0)).isEqualTo(9);
      assertThat(workbench.catalog().curve(done.id())).extracting(EpochMetrics::epoch).containsExactly(1, 2);
      assertThat(((ClassificationMetrics) done.testMetrics()).accuracy()).isGreaterThan(0.7);
      ModelInfo model = workbench.catalog().model(done.modelId());
      assertThat(model.kind()).isEqualTo("fine-tuned text");
      Path folder = workbench.projectDir().resolve("artifacts").resolve(model.path());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(p -> p.getFileName().toString())).contains("config.json", "model.safetensors",
            "tokenizer.json", "labels.txt", TextTableModel.MANIFEST);
      }

      // The export is a Hugging Face sequence-classification folder that predicts as the kept model.
      Path exported = workbench.modelExport().export(model.name(), dir.resolve("export"), null);
      assertThat(workbench.modelExport().contents(model.name())).startsWith("a Hugging Face sequence-classification");
      String config = Files.readString(exported.resolve("config.json"));
      assertThat(config).contains("BertForSequenceClassification").contains("id2label").contains("\"great\"");
      assertThat(Files.readAllLines(exported.resolve("labels.txt"))).containsExactly("great", "other");
      List<String> texts = List.of("It stopped working after three days.", "The build quality is excellent.");
      try (TextTableModel kept = TextTableModel.load(folder);
          FineTunedTextClassifier again = FineTunedTextClassifier.load(exported)) {
        double[][] before = kept.classifier().probabilities(texts, null, ProgressListener.NONE,
            CancellationToken.none());
        double[][] after = again.probabilities(texts, null, ProgressListener.NONE, CancellationToken.none());
        assertThat(after).isDeepEqualTo(before);
      }

      // Imported back into the library, the folder is evaluated as it is, with the kept model's results.
      workbench.modelImports().importModel(exported, new ModelImportRequest("exported", null, null));
      ModelEvaluationOutcome asIs = workbench.modelEvaluation().evaluate(
          new ModelEvaluationRequest("exported", data, "label", List.of()));
      DataTable all = TargetRows.labelledOnly(workbench.datasets().rows(data), "label");
      Metrics kept = MetricsScorer.score(ModelPredictions.predict(folder, all, null), all, "label");
      assertThat(((ClassificationMetrics) asIs.evaluation().metrics()).accuracy())
          .isEqualTo(((ClassificationMetrics) kept).accuracy());
    }
  }

  @Test
  void aHeadOnTheFrozenEncoderReadsTheOtherColumnsToo() throws IOException {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      DatasetInfo data = reviews(workbench, 80);
      TrainRequest request = request(data, "head", 1, List.of("id"));
      assertThat(workbench.training().route(request)).isEqualTo("text-head");
      List<String> notices = new ArrayList<>();
      RunInfo run = workbench.training().train(request, new TrainingObserver() {
        @Override
        public void notice(String message) {
          notices.add(message);
        }
      }, CancellationToken.none());

      assertThat(run.status()).as(run.error()).isEqualTo(RunStatus.COMPLETED);
      // Reviews of 20 to 60 words run past 32 tokens: the run says how many it cuts.
      assertThat(notices).anyMatch(n -> n.matches("\\d+ % of the training texts \\([0-9,]+ of [0-9,]+\\) are longer"
          + " than 32 tokens, so their ends are not read\\. Raise --max-tokens \\(up to 512\\).*"));
      assertThat(((ClassificationMetrics) run.testMetrics()).accuracy()).isGreaterThan(0.7);
      ModelInfo model = workbench.catalog().model(run.modelId());
      assertThat(model.kind()).isEqualTo("encoder-head");
      try (TextTableModel loaded = TextTableModel.load(workbench.projectDir().resolve("artifacts")
          .resolve(model.path()))) {
        assertThat(loaded.inputs().tabularColumns()).containsExactly("city", "channel");
      }
      assertThat(workbench.projectDir().resolve("artifacts").resolve("cache").resolve("text-vectors")).isDirectory();
    }
  }
}
