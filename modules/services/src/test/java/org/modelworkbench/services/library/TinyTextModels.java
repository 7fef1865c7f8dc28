package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Writes small random text models as the folders users bring (a few tens of kilobytes, made
 * here): a BERT sequence classifier, and the same encoder under RoBERTa's and DistilBERT's names
 * and layouts, so their imports can be compared with the BERT one.
 */
final class TinyTextModels {
  static final List<String> WORDS = List.of("the", "a", "good", "bad", "product", "great", "terrible", "works",
      "broke", "after", "one", "day", "i", "love", "it", "not", "very", "fast", "slow", "delivery", ".", ",",
      "!", "##s", "##ed", "##ly");
  /** [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4, then the words. */
  static final List<String> VOCAB = vocab();
  static final BertConfig CONFIG = new BertConfig(VOCAB.size(), 32, 2, 4, 64, 40, 2, 1e-12f, 0.1f, 0.1f);
  static final List<String> TEXTS = List.of("I love it, very fast delivery!", "The product broke after one day.",
      "not good", "great");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TinyTextModels() {}

  private static List<String> vocab() {
    List<String> v = new ArrayList<>(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"));
    v.addAll(WORDS);
    return List.copyOf(v);
  }

  /** Random encoder weights of {@link #CONFIG} under bare BERT names. */
  static Map<String, WeightTensor> encoder(long seed) {
    Random random = new Random(seed);
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    BertWeights.expectedShapes(CONFIG).forEach((name, shape) -> {
      float[] v = new float[(int) WeightTensor.size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = name.endsWith("LayerNorm.weight") ? 1 + 0.1f * (float) random.nextGaussian()
            : 0.2f * (float) random.nextGaussian();
      }
      m.put(name, new WeightTensor(shape, v));
    });
    return m;
  }

  /** A BERT sequence classifier with two labels, its card saying English, mean pooling. */
  static Path bert(Path folder, long seed) throws IOException {
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    encoder(seed).forEach((k, v) -> m.put("bert." + k, v));
    m.put("classifier.weight", new WeightTensor(new long[] {2, 32}, new float[64]));
    m.put("classifier.bias", new WeightTensor(new long[] {2}, new float[2]));
    ObjectNode config = CONFIG.toConfigJson();
    config.putArray("architectures").add("BertForSequenceClassification");
    config.putObject("id2label").put("0", "negative").put("1", "positive");
    write(folder, config, m);
    Files.writeString(folder.resolve("tokenizer.json"), WordPieceTokenizerJson.of(VOCAB, true));
    Files.writeString(folder.resolve("README.md"), "---\nlanguage:\n- en\nlicense: mit\n---\n# tiny\n");
    Files.createDirectories(folder.resolve("1_Pooling"));
    Files.writeString(folder.resolve("1_Pooling/config.json"), "{\"pooling_mode_mean_tokens\": true}");
    return folder;
  }

  /** A bare BERT encoder with only vocab.txt for its tokenizer. */
  static Path bertWithVocab(Path folder, long seed) throws IOException {
    write(folder, CONFIG.toConfigJson(), encoder(seed));
    Files.write(folder.resolve("vocab.txt"), VOCAB);
    return folder;
  }

  /**
   * The encoder of {@code seed} as a RoBERTa: two unused rows before its position table (RoBERTa
   * counts positions from pad_token_id + 1 = 2) and one token type (BERT's first).
   */
  static Path roberta(Path folder, long seed, String modelType) throws IOException {
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    encoder(seed).forEach((k, v) -> {
      if (k.equals("embeddings.position_embeddings.weight")) {
        float[] shifted = new float[v.values().length + 2 * 32];
        for (int i = 0; i < 2 * 32; i++) {
          shifted[i] = 9f;
        }
        System.arraycopy(v.values(), 0, shifted, 2 * 32, v.values().length);
        v = new WeightTensor(new long[] {v.shape()[0] + 2, 32}, shifted);
      } else if (k.equals("embeddings.token_type_embeddings.weight")) {
        v = new WeightTensor(new long[] {1, 32}, java.util.Arrays.copyOf(v.values(), 32));
      }
      m.put("roberta." + k, v);
    });
    ObjectNode config = CONFIG.toConfigJson();
    config.put("model_type", modelType);
    config.put("max_position_embeddings", CONFIG.maxPositions() + 2);
    config.put("type_vocab_size", 1);
    config.put("pad_token_id", 1);
    config.put("layer_norm_eps", CONFIG.layerNormEps());
    write(folder, config, m);
    Files.writeString(folder.resolve("tokenizer.json"), WordPieceTokenizerJson.of(VOCAB, true));
    return folder;
  }

  /** The encoder of {@code seed} under DistilBERT's names, without token types. */
  static Path distilBert(Path folder, long seed) throws IOException {
    Map<String, String> parts = Map.of("attention.self.query", "attention.q_lin", "attention.self.key",
        "attention.k_lin", "attention.self.value", "attention.v_lin", "attention.output.dense",
        "attention.out_lin", "attention.output.LayerNorm", "sa_layer_norm", "intermediate.dense", "ffn.lin1",
        "output.dense", "ffn.lin2", "output.LayerNorm", "output_layer_norm");
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    encoder(seed).forEach((k, v) -> {
      if (k.equals("embeddings.token_type_embeddings.weight")) {
        return;
      }
      String n = k;
      if (k.startsWith("encoder.layer.")) {
        String[] p = k.split("\\.", 4);
        String rest = p[3];
        for (Map.Entry<String, String> e : parts.entrySet()) {
          if (rest.startsWith(e.getKey() + ".")) {
            rest = e.getValue() + rest.substring(e.getKey().length());
            break;
          }
        }
        n = "transformer.layer." + p[2] + "." + rest;
      }
      m.put("distilbert." + n, v);
    });
    ObjectNode config = JSON.createObjectNode();
    config.put("model_type", "distilbert");
    config.put("vocab_size", CONFIG.vocabSize());
    config.put("dim", 32);
    config.put("n_layers", 2);
    config.put("n_heads", 4);
    config.put("hidden_dim", 64);
    config.put("max_position_embeddings", CONFIG.maxPositions());
    config.put("activation", "gelu");
    write(folder, config, m);
    Files.write(folder.resolve("vocab.txt"), VOCAB);
    return folder;
  }

  /** The bare BERT encoder of {@code seed} with its tokenizer; token types zero when asked. */
  static Path write(Path folder, long seed, boolean zeroTypes) throws IOException {
    Map<String, WeightTensor> m = encoder(seed);
    if (zeroTypes) {
      m.put("embeddings.token_type_embeddings.weight", new WeightTensor(new long[] {2, 32}, new float[64]));
    }
    write(folder, CONFIG.toConfigJson(), m);
    Files.writeString(folder.resolve("tokenizer.json"), WordPieceTokenizerJson.of(VOCAB, true));
    return folder;
  }

  /** The bare BERT encoder of {@code seed} with its tokenizer. */
  static Path write(Path folder, long seed) throws IOException {
    return write(folder, seed, false);
  }

  static void write(Path folder, ObjectNode config, Map<String, WeightTensor> tensors) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), config.toPrettyString());
    SafetensorsWriter.write(folder.resolve("model.safetensors"), tensors, Map.of("format", "pt"));
  }

  /** The config.json of a folder, to edit. */
  static ObjectNode config(Path folder) throws IOException {
    return (ObjectNode) JSON.readTree(Files.readString(folder.resolve("config.json")));
  }
}
