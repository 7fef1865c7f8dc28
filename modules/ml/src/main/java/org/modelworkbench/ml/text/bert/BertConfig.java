package org.modelworkbench.ml.text.bert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sizes of a post-LayerNorm BERT encoder, with Hugging Face's {@code config.json} names.
 *
 * @param vocabSize tokens in the vocabulary ({@code vocab_size})
 * @param hiddenSize width of every token vector ({@code hidden_size})
 * @param layers transformer layers ({@code num_hidden_layers})
 * @param heads attention heads per layer ({@code num_attention_heads}); divides the width
 * @param intermediateSize width of the feed-forward layer ({@code intermediate_size})
 * @param maxPositions longest input in tokens ({@code max_position_embeddings})
 * @param typeVocabSize segment (token type) ids ({@code type_vocab_size})
 * @param layerNormEps LayerNorm epsilon ({@code layer_norm_eps})
 * @param hiddenDropout dropout after embeddings and dense layers, in training
 *     ({@code hidden_dropout_prob})
 * @param attentionDropout dropout of attention weights, in training
 *     ({@code attention_probs_dropout_prob})
 */
public record BertConfig(int vocabSize, int hiddenSize, int layers, int heads,
    int intermediateSize, int maxPositions, int typeVocabSize, float layerNormEps,
    float hiddenDropout, float attentionDropout) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Checks the sizes.
   *
   * @throws IllegalArgumentException if a size is not positive or the heads do not divide the
   *     width
   */
  public BertConfig {
    if (vocabSize <= 0 || hiddenSize <= 0 || layers <= 0 || heads <= 0 || intermediateSize <= 0
        || maxPositions <= 0 || typeVocabSize <= 0) {
      throw new IllegalArgumentException("every size of a BERT config must be positive: " + this);
    }
    if (hiddenSize % heads != 0) {
      throw new IllegalArgumentException(heads + " attention heads do not divide the width "
          + hiddenSize);
    }
  }

  /** Width of one attention head. */
  public int headSize() {
    return hiddenSize / heads;
  }

  /**
   * The same sizes with other dropout rates (for example 0 to run deterministically).
   *
   * @param hidden hidden dropout
   * @param attention attention dropout
   * @return the new config
   */
  public BertConfig withDropout(float hidden, float attention) {
    return new BertConfig(vocabSize, hiddenSize, layers, heads, intermediateSize, maxPositions,
        typeVocabSize, layerNormEps, hidden, attention);
  }

  /**
   * Reads a Hugging Face {@code config.json}. Dropout and epsilon fall back to BERT's defaults
   * (0.1 and 1e-12) when absent.
   *
   * @param file the config.json file
   * @return its sizes
   * @throws IOException if it cannot be read, or a size is missing or invalid
   */
  public static BertConfig read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IOException(file.getFileName() + " is not readable JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(file.getFileName() + " is not a JSON object");
    }
    try {
      return new BertConfig(required(root, "vocab_size", file), required(root, "hidden_size", file),
          required(root, "num_hidden_layers", file), required(root, "num_attention_heads", file),
          required(root, "intermediate_size", file),
          required(root, "max_position_embeddings", file),
          root.path("type_vocab_size").asInt(2),
          (float) root.path("layer_norm_eps").asDouble(1e-12),
          (float) root.path("hidden_dropout_prob").asDouble(0.1),
          (float) root.path("attention_probs_dropout_prob").asDouble(0.1));
    } catch (IllegalArgumentException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static int required(JsonNode root, String key, Path file) throws IOException {
    JsonNode v = root.get(key);
    if (v == null || !v.canConvertToInt()) {
      throw new IOException(file.getFileName() + " has no " + key);
    }
    return v.asInt();
  }

  /**
   * These sizes as a Hugging Face {@code config.json} object of a {@code bert} model, to which an
   * exporter can add labels.
   *
   * @return a new JSON object
   */
  public ObjectNode toConfigJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("model_type", "bert");
    o.put("vocab_size", vocabSize);
    o.put("hidden_size", hiddenSize);
    o.put("num_hidden_layers", layers);
    o.put("num_attention_heads", heads);
    o.put("intermediate_size", intermediateSize);
    o.put("max_position_embeddings", maxPositions);
    o.put("type_vocab_size", typeVocabSize);
    o.put("layer_norm_eps", layerNormEps);
    o.put("hidden_act", "gelu");
    o.put("hidden_dropout_prob", hiddenDropout);
    o.put("attention_probs_dropout_prob", attentionDropout);
    o.put("position_embedding_type", "absolute");
    return o;
  }
}
