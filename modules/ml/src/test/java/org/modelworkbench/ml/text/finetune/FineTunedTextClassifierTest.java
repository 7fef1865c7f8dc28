package org.modelworkbench.ml.text.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.ml.text.TextEmbedder;
import org.modelworkbench.ml.text.TextEncoder;
import org.modelworkbench.ml.text.TinyBertFolder;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.classify.TextClassifierKind;
import org.modelworkbench.ml.text.classify.TextInputs;
import org.modelworkbench.ml.text.classify.TextTableModel;
import org.modelworkbench.ml.text.weights.SafetensorsReader;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;

/**
 * The sequence-classification model on a small random BERT written by the test as a Hugging Face
 * folder with its own head ({@code id2label}, pooler and classifier weights).
 */
class FineTunedTextClassifierTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LABELS = List.of("negative", "neutral", "positive");
  private static final List<String> TEXTS = List.of("the product works very fast .",
      "bad delivery , it broke after one day !", "i love it", "not great , slow",
      "the the the the the the the the the the the the the the the the the the the the the the "
          + "the the the the the the the the the the the the the the the the the the the the the",
      "");

  @TempDir
  Path dir;

  /** A tiny BERT folder with a random pooler and classifier for three labels. */
  private Path folderWithHead() throws IOException {
    Path folder = TinyBertFolder.write(dir.resolve("hf"), 5);
    Map<String, WeightTensor> w = TinyBertFolder.weights(5);
    Random random = new Random(9);
    int h = TinyBertFolder.CONFIG.hiddenSize();
    w.put("bert.pooler.dense.weight", random(new long[] {h, h}, random));
    w.put("bert.pooler.dense.bias", random(new long[] {h}, random));
    w.put("classifier.weight", random(new long[] {LABELS.size(), h}, random));
    w.put("classifier.bias", random(new long[] {LABELS.size()}, random));
    SafetensorsWriter.write(folder.resolve("model.safetensors"), w, Map.of("format", "pt"));
    ObjectNode config = (ObjectNode) JSON.readTree(folder.resolve("config.json").toFile());
    ObjectNode id2label = config.putObject("id2label");
    for (int i = 0; i < LABELS.size(); i++) {
      id2label.put(Integer.toString(i), LABELS.get(i));
    }
    Files.writeString(folder.resolve("config.json"), config.toPrettyString());
    return folder;
  }

  private static WeightTensor random(long[] shape, Random random) {
    float[] v = new float[(int) WeightTensor.size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian() * 0.5f;
    }
    return new WeightTensor(shape, v);
  }

  @Test
  void aHuggingFaceFolderWithItsOwnHeadPredictsAsBertForSequenceClassification()
      throws Exception {
    Path folder = folderWithHead();
    double[][] p;
    try (FineTunedTextClassifier c = FineTunedTextClassifier.load(folder)) {
      assertThat(c.kind()).isEqualTo(TextClassifierKind.FINE_TUNED);
      assertThat(c.labels()).isEqualTo(LABELS);
      assertThat(c.maxTokens()).isEqualTo(TinyBertFolder.CONFIG.maxPositions());
      p = c.probabilities(TEXTS, null, ProgressListener.NONE, CancellationToken.none());
    }
    // The same head computed by hand on the encoder's [CLS] vector: tanh pooler, classifier,
    // softmax.
    Map<String, WeightTensor> w = SafetensorsReader.read(folder.resolve("model.safetensors"))
        .tensors();
    float[][] cls;
    try (NDManager m = EngineSetup.engine().newBaseManager();
        TextEncoder encoder = TextEncoder.load(folder, Pooling.CLS, 512, m)) {
      cls = new TextEmbedder(encoder, 4).embed(TEXTS);
    }
    for (int r = 0; r < TEXTS.size(); r++) {
      double[] pooled = affine(w.get("bert.pooler.dense.weight"), w.get("bert.pooler.dense.bias"),
          toDouble(cls[r]));
      for (int i = 0; i < pooled.length; i++) {
        pooled[i] = Math.tanh(pooled[i]);
      }
      double[] logits = affine(w.get("classifier.weight"), w.get("classifier.bias"), pooled);
      double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
      double sum = 0;
      for (double l : logits) {
        sum += Math.exp(l - max);
      }
      for (int c = 0; c < 3; c++) {
        assertThat(p[r][c]).as("text %d class %d", r, c)
            .isCloseTo(Math.exp(logits[c] - max) / sum, within(1e-5));
      }
    }
    assertThat(p[0]).isNotEqualTo(p[1]);
  }

  @Test
  void saveWritesTheHuggingFaceLayoutAndLoadGivesIdenticalProbabilities() throws Exception {
    Path saved = dir.resolve("saved");
    double[][] before;
    try (FineTunedTextClassifier c = FineTunedTextClassifier.load(folderWithHead())) {
      before = c.probabilities(TEXTS, null, ProgressListener.NONE, CancellationToken.none());
      c.save(saved);
    }
    JsonNode config = JSON.readTree(saved.resolve("config.json").toFile());
    assertThat(config.path("model_type").asText()).isEqualTo("bert");
    assertThat(config.path("architectures").get(0).asText())
        .isEqualTo("BertForSequenceClassification");
    for (int i = 0; i < LABELS.size(); i++) {
      assertThat(config.path("id2label").path(Integer.toString(i)).asText())
          .isEqualTo(LABELS.get(i));
      assertThat(config.path("label2id").path(LABELS.get(i)).asInt()).isEqualTo(i);
    }
    assertThat(config.path("hidden_size").asInt()).isEqualTo(TinyBertFolder.CONFIG.hiddenSize());
    assertThat(Files.readAllLines(saved.resolve("labels.txt"))).isEqualTo(LABELS);
    assertThat(JSON.readTree(saved.resolve("tokenizer.json").toFile()).path("truncation")
        .path("max_length").asInt()).isEqualTo(TinyBertFolder.CONFIG.maxPositions());

    List<String> expected = new ArrayList<>();
    BertWeights.expectedShapes(TinyBertFolder.CONFIG).keySet().forEach(n -> expected.add("bert." + n));
    expected.addAll(List.of("bert.pooler.dense.weight", "bert.pooler.dense.bias",
        "classifier.weight", "classifier.bias"));
    assertThat(SafetensorsReader.read(saved.resolve("model.safetensors")).tensors().keySet())
        .containsExactlyElementsOf(expected);

    try (FineTunedTextClassifier again = FineTunedTextClassifier.load(saved)) {
      double[][] after = again.probabilities(TEXTS, null, ProgressListener.NONE,
          CancellationToken.none());
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void aTextModelFolderOfThisKindLoadsThroughTheTextModelManifest() throws Exception {
    Path model = dir.resolve("model");
    double[][] before;
    try (FineTunedTextClassifier c = FineTunedTextClassifier.load(folderWithHead())) {
      before = c.probabilities(TEXTS, null, ProgressListener.NONE, CancellationToken.none());
      new TextTableModel(TextInputs.textOnly(List.of("body")), null, c).save(model);
    }
    try (TextTableModel loaded = TextTableModel.load(model)) {
      assertThat(loaded.classifier().kind()).isEqualTo(TextClassifierKind.FINE_TUNED);
      assertThat(loaded.classifier().probabilities(TEXTS, null, ProgressListener.NONE,
          CancellationToken.none())).isEqualTo(before);
    }
  }

  @Test
  void aFolderWithoutItsOwnHeadIsRefusedInOneSentence() throws Exception {
    Path plain = TinyBertFolder.write(dir.resolve("plain"), 3);
    assertThatThrownBy(() -> FineTunedTextClassifier.load(plain))
        .isInstanceOf(IOException.class).hasMessageContaining("id2label");
    Path folder = folderWithHead();
    Map<String, WeightTensor> w = TinyBertFolder.weights(5);
    w.remove("classifier.weight");
    SafetensorsWriter.write(folder.resolve("model.safetensors"), w, Map.of());
    assertThatThrownBy(() -> FineTunedTextClassifier.load(folder))
        .isInstanceOf(IOException.class).hasMessageContaining("classifier.weight");
  }

  private static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  private static double[] affine(WeightTensor weight, WeightTensor bias, double[] x) {
    int out = (int) weight.shape()[0];
    int in = (int) weight.shape()[1];
    double[] y = new double[out];
    for (int o = 0; o < out; o++) {
      double s = bias.values()[o];
      for (int i = 0; i < in; i++) {
        s += weight.values()[o * in + i] * x[i];
      }
      y[o] = s;
    }
    return y;
  }
}
