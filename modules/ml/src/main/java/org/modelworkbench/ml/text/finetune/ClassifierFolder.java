package org.modelworkbench.ml.text.finetune;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.HuggingFaceBertFolder;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;

/**
 * The files of a fine-tuned text classifier, in the layout of a Hugging Face
 * {@code BertForSequenceClassification} folder, so that {@code AutoModelForSequenceClassification}
 * and {@code AutoTokenizer} load it in Python:
 * <ul>
 *   <li>{@value #CONFIG}: the sizes, {@code architectures}, {@code id2label} and {@code label2id};
 *   <li>{@value #WEIGHTS}: every weight under its checkpoint name ({@code bert.*},
 *       {@code classifier.*});
 *   <li>{@value #TOKENIZER} with truncation at the model's token limit and no padding, and
 *       {@value #TOKENIZER_CONFIG} with that limit;
 *   <li>{@value #LABELS}: the labels, one a line, in class order;
 *   <li>{@value #SIDE_FILE}: the workbench's own settings (tokens kept per text).
 * </ul>
 * Reading accepts any such folder made in Python too, as long as it has {@code id2label} and its
 * head's weights; the side file is then optional.
 */
final class ClassifierFolder {
  static final String CONFIG = HuggingFaceBertFolder.CONFIG;
  static final String WEIGHTS = HuggingFaceBertFolder.WEIGHTS;
  static final String TOKENIZER = HuggingFaceBertFolder.TOKENIZER;
  static final String TOKENIZER_CONFIG = "tokenizer_config.json";
  static final String LABELS = "labels.txt";
  static final String SIDE_FILE = "workbench-text-classifier.json";
  /** Tokens kept per text when a folder does not say: BERT's usual limit. */
  static final int DEFAULT_MAX_TOKENS = 512;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a classifier folder holds.
   *
   * @param encoder the encoder's sizes and weights under bare names (no {@code bert.} prefix;
   *     the pooler is {@code pooler.dense.*}, the head {@code classifier.*})
   * @param labels the classes in logit order
   * @param tokenizerJson the tokenizer.json text
   * @param maxTokens tokens kept per text
   */
  record Content(BertWeights encoder, List<String> labels, String tokenizerJson, int maxTokens) {}

  private ClassifierFolder() {}

  /**
   * Writes the folder's files (the folder must exist).
   *
   * @param folder the target folder
   * @param config the encoder's sizes
   * @param labels the classes in logit order
   * @param shapes every weight's shape under its checkpoint name, in checkpoint order
   * @param values gives each weight's values, one at a time
   * @param tokenizerJson the tokenizer.json text the model was trained with
   * @param maxTokens tokens kept per text
   * @throws IOException if a file cannot be written
   */
  static void write(Path folder, BertConfig config, List<String> labels,
      Map<String, long[]> shapes, SafetensorsWriter.Values values, String tokenizerJson,
      int maxTokens) throws IOException {
    ObjectNode c = config.toConfigJson();
    c.putArray("architectures").add("BertForSequenceClassification");
    ObjectNode id2label = c.putObject("id2label");
    ObjectNode label2id = c.putObject("label2id");
    for (int i = 0; i < labels.size(); i++) {
      id2label.put(Integer.toString(i), labels.get(i));
      label2id.put(labels.get(i), i);
    }
    c.put("problem_type", "single_label_classification");
    c.put("pad_token_id", 0);
    c.put("torch_dtype", "float32");
    Files.writeString(folder.resolve(CONFIG), c.toPrettyString());
    SafetensorsWriter.write(folder.resolve(WEIGHTS), shapes, values, Map.of("format", "pt"));
    ObjectNode tokenizer = (ObjectNode) JSON.readTree(tokenizerJson);
    // Python's tokenizers library then truncates as the workbench does, and does not pad to a
    // fixed length (all-MiniLM-L6-v2's file pads every text to 128 tokens).
    ObjectNode truncation = JSON.createObjectNode();
    truncation.put("direction", "Right").put("max_length", maxTokens)
        .put("strategy", "LongestFirst").put("stride", 0);
    tokenizer.set("truncation", truncation);
    tokenizer.putNull("padding");
    Files.writeString(folder.resolve(TOKENIZER), tokenizer.toString());
    ObjectNode tokenizerConfig = JSON.createObjectNode();
    tokenizerConfig.put("tokenizer_class", "BertTokenizer");
    tokenizerConfig.put("model_max_length", maxTokens);
    // BertTokenizerFast rebuilds the normalizer when this disagrees with tokenizer.json.
    tokenizerConfig.put("do_lower_case", tokenizer.path("normalizer").path("lowercase")
        .asBoolean(true));
    Files.writeString(folder.resolve(TOKENIZER_CONFIG), tokenizerConfig.toPrettyString());
    Files.writeString(folder.resolve(LABELS), String.join("\n", labels) + "\n");
    ObjectNode side = JSON.createObjectNode();
    side.put("format", 1);
    side.put("maxTokens", maxTokens);
    Files.writeString(folder.resolve(SIDE_FILE), side.toPrettyString());
  }

  /**
   * Reads a folder written by {@link #write}, or a Hugging Face sequence-classification folder.
   *
   * @param folder the folder
   * @return its content
   * @throws IOException with one sentence naming the file and what is wrong
   */
  static Content read(Path folder) throws IOException {
    BertWeights weights = HuggingFaceBertFolder.read(folder);
    JsonNode config = JSON.readTree(Files.readString(folder.resolve(CONFIG)));
    String problem = config.path("problem_type").asText("");
    if (problem.equals("multi_label_classification") || problem.equals("regression")) {
      throw new IOException(CONFIG + " declares problem_type \"" + problem + "\"; only "
          + "single-label classification models can be read");
    }
    List<String> labels = labels(config);
    for (String name : List.of("pooler.dense.weight", "pooler.dense.bias", "classifier.weight",
        "classifier.bias")) {
      if (!weights.tensors().containsKey(name)) {
        throw new IOException(WEIGHTS + " has no " + name + ": the folder is not a complete "
            + "sequence-classification model; train a classifier on it instead");
      }
    }
    long[] head = weights.tensors().get("classifier.weight").shape();
    if (head.length != 2 || head[0] != labels.size()
        || head[1] != weights.config().hiddenSize()) {
      throw new IOException(WEIGHTS + ": classifier.weight has shape "
          + weights.tensors().get("classifier.weight").shapeText() + " but " + CONFIG + " names "
          + labels.size() + " labels of a width-" + weights.config().hiddenSize() + " model");
    }
    Path tokenizer = folder.resolve(TOKENIZER);
    if (!Files.isRegularFile(tokenizer)) {
      throw new IOException(folder.getFileName() + " has no " + TOKENIZER + "; save the "
          + "tokenizer with it in Python (tokenizer.save_pretrained(folder))");
    }
    return new Content(weights, labels, Files.readString(tokenizer, StandardCharsets.UTF_8),
        maxTokens(folder, weights.config()));
  }

  private static List<String> labels(JsonNode config) throws IOException {
    JsonNode id2label = config.get("id2label");
    if (id2label == null || !id2label.isObject() || id2label.size() < 2) {
      throw new IOException(CONFIG + " has no id2label with at least two labels, so the model "
          + "has no classification head of its own");
    }
    TreeMap<Integer, String> byId = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = id2label.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        byId.put(Integer.parseInt(e.getKey()), e.getValue().asText());
      } catch (NumberFormatException ex) {
        throw new IOException(CONFIG + ": id2label has a key \"" + e.getKey()
            + "\" that is not a class number", ex);
      }
    }
    if (byId.firstKey() != 0 || byId.lastKey() != byId.size() - 1) {
      throw new IOException(CONFIG + ": id2label must number its labels 0 to n-1");
    }
    List<String> labels = new ArrayList<>(byId.values());
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IOException(CONFIG + ": id2label names a label twice");
    }
    return labels;
  }

  private static int maxTokens(Path folder, BertConfig config) throws IOException {
    int limit = config.maxPositions();
    Path side = folder.resolve(SIDE_FILE);
    if (Files.isRegularFile(side)) {
      int n = JSON.readTree(Files.readString(side)).path("maxTokens").asInt(0);
      if (n > 0) {
        return Math.min(n, limit);
      }
    }
    Path tokenizerConfig = folder.resolve(TOKENIZER_CONFIG);
    if (Files.isRegularFile(tokenizerConfig)) {
      // Python writes a huge number here when the tokenizer has no limit of its own.
      long n = JSON.readTree(Files.readString(tokenizerConfig)).path("model_max_length")
          .asLong(0);
      if (n > 0 && n <= limit) {
        return (int) n;
      }
    }
    return Math.min(DEFAULT_MAX_TOKENS, limit);
  }
}
