package org.modelworkbench.ml.text.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.text.BuiltInEncoders;
import org.modelworkbench.ml.text.weights.SafetensorsReader;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ProgressListener;

/**
 * Fine-tuning all-MiniLM-L6-v2 (the built-in weights) on 48 toy sentences for 2 epochs, batch 8
 * trained as micro-batches of 4: cancelled at step 3 and resumed, it continues at step 4, finishes
 * at step 12 and classifies the validation split well above chance.
 */
class TextFineTunerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static FineTuneOptions options() {
    // Higher rates than the defaults: 12 steps is far fewer than a real run.
    return FineTuneOptions.defaults().withMaxTokens(32).withBatch(8, 4).withEpochs(2)
        .withLearningRates(1e-4f, 2e-3f).withCheckpoints(2, 0).withSeed(3);
  }

  @Test
  void aCancelledRunResumesFromItsCheckpointAndLearnsTheToySet() throws Exception {
    LabelledTexts train = ToyTexts.make(48, 1);
    LabelledTexts validation = ToyTexts.make(16, 2);
    Path checkpoints = dir.resolve("checkpoints");
    CancellationToken cancel = new CancellationToken();
    List<FineTuneStep> firstSteps = new ArrayList<>();
    FineTuneResult stopped = new TextFineTuner(options(), checkpoints).train(
        BaseEncoder.of(BuiltInEncoders.MINILM_L6), ToyTexts.LABELS, train, validation, null,
        new FineTuneListener() {
          @Override
          public void onStep(FineTuneStep step) {
            firstSteps.add(step);
            if (step.step() == 3) {
              cancel.cancel();
            }
          }
        }, cancel);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(stopped.steps()).isEqualTo(3);
    assertThat(stopped.classifier()).isNull();
    assertThat(firstSteps).extracting(FineTuneStep::step).containsExactly(1, 2, 3);
    assertThat(firstSteps.get(0).totalSteps()).isEqualTo(12);
    assertThat(firstSteps.get(2).textsPerSecond()).isPositive();
    assertThat(TextFineTuner.canResume(checkpoints)).isTrue();
    assertThat(stepFolders(checkpoints)).containsExactly("step-3");

    List<FineTuneStep> resumedSteps = new ArrayList<>();
    List<EpochMetrics> epochs = new ArrayList<>();
    FineTuneResult done = new TextFineTuner(options(), checkpoints).train(
        BaseEncoder.of(BuiltInEncoders.MINILM_L6), ToyTexts.LABELS, train, validation, null,
        new FineTuneListener() {
          @Override
          public void onStep(FineTuneStep step) {
            resumedSteps.add(step);
          }

          @Override
          public void onEpoch(EpochMetrics epoch) {
            epochs.add(epoch);
          }
        }, CancellationToken.none());
    try (FineTunedTextClassifier best = done.classifier()) {
      assertThat(done.cancelled()).isFalse();
      assertThat(resumedSteps.get(0).step()).isEqualTo(4);
      assertThat(resumedSteps.get(resumedSteps.size() - 1).step()).isEqualTo(12);
      assertThat(done.steps()).isEqualTo(12);
      assertThat(done.curve()).extracting(EpochMetrics::epoch).containsExactly(1, 2);
      assertThat(epochs).hasSize(2);
      assertThat(stepFolders(checkpoints)).containsExactly("step-12");
      double accuracy = done.curve().get(done.bestEpoch() - 1).validationMetric();
      assertThat(accuracy).as("validation accuracy, curve %s", done.curve())
          .isGreaterThanOrEqualTo(0.8);
      double[][] p = best.probabilities(validation.texts(), null, ProgressListener.NONE,
          CancellationToken.none());
      int correct = 0;
      for (int r = 0; r < p.length; r++) {
        correct += (p[r][1] > p[r][0] ? 1 : 0) == validation.classes()[r] ? 1 : 0;
      }
      assertThat(correct / (double) p.length).isEqualTo(accuracy);
    }
  }

  @Test
  void theBuiltInEncoderWithANewHeadSavesUnderHuggingFaceNamesAndReadsBackIdentically()
      throws Exception {
    BaseEncoder.Read read = BaseEncoder.of(BuiltInEncoders.MINILM_L6).read();
    assertThat(read.weights().tensors()).doesNotContainKey("pooler.dense.weight");
    List<String> texts = ToyTexts.make(40, 5).texts();
    Path saved = dir.resolve("saved");
    double[][] before;
    try (FineTunedTextClassifier c = FineTunedTextClassifier.create(read.weights(),
        read.tokenizerJson(), ToyTexts.LABELS, 128, 0.1f, 7, null)) {
      before = c.probabilities(texts, null, ProgressListener.NONE, CancellationToken.none());
      c.save(saved);
    }
    JsonNode config = JSON.readTree(saved.resolve("config.json").toFile());
    assertThat(config.path("id2label").path("0").asText()).isEqualTo("weather");
    assertThat(config.path("id2label").path("1").asText()).isEqualTo("cooking");
    assertThat(config.path("num_hidden_layers").asInt()).isEqualTo(6);
    var names = SafetensorsReader.read(saved.resolve("model.safetensors")).tensors().keySet();
    assertThat(names).contains("bert.embeddings.word_embeddings.weight",
        "bert.encoder.layer.5.output.LayerNorm.bias", "bert.pooler.dense.weight",
        "classifier.weight", "classifier.bias");
    assertThat(names).allMatch(n -> n.startsWith("bert.") || n.startsWith("classifier."));
    try (FineTunedTextClassifier again = FineTunedTextClassifier.load(saved)) {
      assertThat(again.maxTokens()).isEqualTo(128);
      assertThat(again.probabilities(texts, null, ProgressListener.NONE,
          CancellationToken.none())).isEqualTo(before);
    }
  }

  private static List<String> stepFolders(Path checkpoints) throws Exception {
    try (Stream<Path> s = Files.list(checkpoints)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("step-")).sorted()
          .toList();
    }
  }
}
