package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.modelworkbench.ml.library.ModelDetector;
import org.modelworkbench.ml.library.ModelFormat;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.HuggingFaceBertFolder;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.onnx.OnnxBertWeights;
import org.modelworkbench.ml.text.onnx.OnnxModelReader;
import org.modelworkbench.ml.text.weights.SafetensorsReader;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;
import org.modelworkbench.model.WorkbenchException;

/**
 * A text model folder the user brings: a Hugging Face folder of the BERT family, an ONNX encoder
 * export, or a TorchScript encoder, each with its tokenizer. {@link #inspect} checks it and reads
 * its facts without loading it into an engine; {@link #stage} writes the project's copy.
 *
 * <p>The project's copy of every trainable model is a Hugging Face BERT folder
 * ({@code config.json}, {@code model.safetensors} under BERT names, {@code tokenizer.json}), so one
 * reader loads them all: other families' weights are renamed ({@link TextFamily}), an ONNX export's
 * weights are read back from its graph, and a {@code vocab.txt} becomes a {@code tokenizer.json}.
 * The original {@code config.json} is kept as {@value #SOURCE_CONFIG} when it was rewritten.
 */
final class TextModelFolder {
  /** The original config of a converted model. */
  static final String SOURCE_CONFIG = "source-config.json";
  static final String TORCHSCRIPT_FILE = "model.pt";
  private static final String CONFIG = HuggingFaceBertFolder.CONFIG;
  private static final String SAFETENSORS = HuggingFaceBertFolder.WEIGHTS;
  private static final String TOKENIZER = HuggingFaceBertFolder.TOKENIZER;
  private static final String VOCAB = "vocab.txt";
  private static final String PICKLE = "pytorch_model.bin";
  /** Small files copied as they are when present: tokenizer settings, pooling, the model card. */
  private static final List<String> SIDE_FILES = List.of("tokenizer_config.json", "special_tokens_map.json",
      "modules.json", "sentence_bert_config.json", "README.md", "1_Pooling/config.json");
  private static final String FAMILY_LIST = "BERT, DistilBERT, MiniLM, bge, RoBERTa, XLM-R";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final String format;
  private final TextFamily family;
  private final JsonNode config;
  private final Path weights;
  private final BertConfig bertConfig;
  private final BertWeights onnxWeights;
  private final TextModelFacts facts;

  private TextModelFolder(Path folder, String format, TextFamily family, JsonNode config, Path weights,
      BertConfig bertConfig, BertWeights onnxWeights, TextModelFacts facts) {
    this.folder = folder;
    this.format = format;
    this.family = family;
    this.config = config;
    this.weights = weights;
    this.bertConfig = bertConfig;
    this.onnxWeights = onnxWeights;
    this.facts = facts;
  }

  /**
   * Whether a path is for the text-model import rather than the other model formats: a folder
   * with a Hugging Face config, weights or tokenizer, an ONNX file, or one file of such a folder.
   * Folders with {@code saved_model.pb} or {@code model.json} are not.
   */
  static boolean isTextModel(Path path) {
    if (path == null || !Files.exists(path)) {
      return false;
    }
    if (Files.isDirectory(path)) {
      if (Files.exists(path.resolve("saved_model.pb")) || Files.exists(path.resolve("model.json"))) {
        return false;
      }
      return Stream.of(CONFIG, SAFETENSORS, TOKENIZER, VOCAB, PICKLE, "model.onnx", "onnx/model.onnx")
          .anyMatch(f -> Files.isRegularFile(path.resolve(f)));
    }
    String name = fileName(path).toLowerCase(Locale.ROOT);
    return name.endsWith(".onnx") || name.endsWith(".safetensors") || name.equals(PICKLE) || name.equals(CONFIG)
        || name.equals(TOKENIZER);
  }

  /**
   * Checks a text model and reads its facts.
   *
   * @param path the folder (or a single file, which is refused with what to import instead)
   * @return the checked model
   * @throws WorkbenchException in one sentence naming the file and what to do
   */
  static TextModelFolder inspect(Path path) {
    Path dir = path.toAbsolutePath().normalize();
    String name = fileName(dir);
    if (!Files.isDirectory(dir)) {
      throw new WorkbenchException(name + " is one file of a text model; put it in one folder with its "
          + TOKENIZER + " (and " + CONFIG + ") and import that folder.");
    }
    JsonNode config = readConfig(dir);
    TextFamily family = TextFamily.BERT;
    if (config != null) {
      String type = config.path("model_type").asText("");
      family = TextFamily.of(type).orElseThrow(() -> new WorkbenchException(CONFIG + " in " + name
          + (type.isEmpty() ? " names no model_type" : " names the architecture \"" + type + "\"")
          + ", which is outside the BERT family that Model Workbench reads (" + FAMILY_LIST
          + "); import a model of that family instead."));
    }
    Path safetensors = dir.resolve(SAFETENSORS);
    Path onnx = onnxFile(dir);
    Path torchScript = single(dir, ".pt", ".pth");
    if (Files.isRegularFile(safetensors)) {
      requireConfig(config, name, SAFETENSORS);
      Path tokenizer = tokenizer(dir, name, family);
      return huggingFace(dir, name, family, config, safetensors, tokenizer);
    }
    if (onnx != null) {
      Path tokenizer = tokenizer(dir, name, TextFamily.BERT);
      return onnx(dir, name, config, onnx, tokenizer);
    }
    if (torchScript != null) {
      Path tokenizer = tokenizer(dir, name, family);
      return torchScript(dir, name, family, config, torchScript, tokenizer);
    }
    if (Files.isRegularFile(dir.resolve(PICKLE))) {
      throw new WorkbenchException(name + " holds its weights only as " + PICKLE + ", a Python pickle that is "
          + "unsafe to load; save the model with model.save_pretrained(dir, safe_serialization=True), which "
          + "writes " + SAFETENSORS + ", and import that folder.");
    }
    throw new WorkbenchException(name + " has no " + SAFETENSORS + ", no .onnx and no TorchScript .pt file; save "
        + "the model with model.save_pretrained(dir, safe_serialization=True) and import that folder.");
  }

  /** What the model is. */
  TextModelFacts facts() {
    return facts;
  }

  /** The same facts with the source recorded. */
  TextModelFacts factsFrom(String source) {
    TextModelFacts f = facts;
    return new TextModelFacts(f.format(), f.family(), f.layers(), f.width(), f.heads(), f.vocabulary(),
        f.maxTokens(), f.pooling(), f.language(), f.labels(), f.parameters(), f.bytes(), f.licence(), source,
        f.trainable(), f.note());
  }

  /**
   * Writes the project's copy into an empty folder: weights (converted where needed), config,
   * tokenizer and the small side files. The facts file is not written here.
   *
   * @param target the folder
   * @throws IOException if a file cannot be read or written
   */
  void stage(Path target) throws IOException {
    Files.createDirectories(target);
    for (String side : SIDE_FILES) {
      Path from = folder.resolve(side);
      if (Files.isRegularFile(from)) {
        Files.createDirectories(target.resolve(side).getParent());
        Files.copy(from, target.resolve(side));
      }
    }
    Path tokenizer = folder.resolve(TOKENIZER);
    if (Files.isRegularFile(tokenizer)) {
      Files.copy(tokenizer, target.resolve(TOKENIZER));
    } else {
      WordPieceTokenizerJson.convert(folder.resolve(VOCAB), target.resolve(TOKENIZER));
      Files.copy(folder.resolve(VOCAB), target.resolve(VOCAB));
    }
    switch (format) {
      case "torchscript" -> {
        Files.copy(weights, target.resolve(TORCHSCRIPT_FILE));
        if (config != null) {
          Files.copy(folder.resolve(CONFIG), target.resolve(CONFIG));
        }
      }
      case "onnx" -> {
        SafetensorsWriter.write(target.resolve(SAFETENSORS), onnxWeights.tensors(), Map.of("format", "pt"));
        writeBertConfig(target, onnxWeights.config());
      }
      default -> {
        if (family.needsConversion()) {
          Map<String, WeightTensor> tensors = SafetensorsReader.read(weights).tensors();
          SafetensorsWriter.write(target.resolve(SAFETENSORS),
              family.bertWeights(tensors, config, bertConfig.hiddenSize()), Map.of("format", "pt"));
          writeBertConfig(target, bertConfig);
        } else {
          Files.copy(weights, target.resolve(SAFETENSORS));
          Files.copy(folder.resolve(CONFIG), target.resolve(CONFIG));
        }
      }
    }
  }

  /** A BERT config.json of these sizes with the labels of the original; the original kept beside it. */
  private void writeBertConfig(Path target, BertConfig sizes) throws IOException {
    ObjectNode out = sizes.toConfigJson();
    if (config != null) {
      Files.copy(folder.resolve(CONFIG), target.resolve(SOURCE_CONFIG));
      for (String key : List.of("id2label", "label2id", "pad_token_id")) {
        if (config.has(key)) {
          out.set(key, config.get(key));
        }
      }
    }
    Files.writeString(target.resolve(CONFIG), out.toPrettyString());
  }

  private static TextModelFolder huggingFace(Path dir, String name, TextFamily family, JsonNode config,
      Path safetensors, Path tokenizer) {
    BertConfig sizes = sizes(family, config, name);
    Map<String, long[]> shapes;
    try {
      shapes = SafetensorsShapes.read(safetensors);
    } catch (IOException e) {
      throw new WorkbenchException(SAFETENSORS + " in " + name + " cannot be read (" + e.getMessage()
          + "); save the model again with model.save_pretrained(dir, safe_serialization=True).", e);
    }
    Map<String, long[]> bert = family.bertShapes(shapes, config, sizes.hiddenSize());
    for (Map.Entry<String, long[]> e : BertWeights.expectedShapes(sizes).entrySet()) {
      long[] found = bert.get(e.getKey());
      if (found == null) {
        throw new WorkbenchException(SAFETENSORS + " in " + name + " has no weight " + e.getKey() + ", which its "
            + CONFIG + " needs (" + sizes.layers() + " layers); export config and weights of one model together "
            + "with model.save_pretrained(dir, safe_serialization=True).");
      }
      if (!Arrays.equals(found, e.getValue())) {
        throw new WorkbenchException(SAFETENSORS + " in " + name + " does not match its " + CONFIG + ": the weight "
            + e.getKey() + " is " + dims(found) + " but the config (hidden_size " + sizes.hiddenSize()
            + ", vocab_size " + sizes.vocabSize() + ") needs " + dims(e.getValue()) + "; export config and "
            + "weights of one model together with model.save_pretrained(dir, safe_serialization=True).");
      }
    }
    long parameters = 0;
    for (long[] s : shapes.values()) {
      parameters += org.modelworkbench.ml.text.weights.WeightTensor.size(s);
    }
    List<String> labels = labels(config, name, headOutputs(shapes));
    String activation = family.activation(config);
    boolean gelu = activation.equals("gelu");
    String note = gelu ? null : name + " uses the " + activation + " activation, and the workbench's BERT encoder "
        + "uses gelu, so it can be listed but not trained on.";
    TextModelFacts facts = new TextModelFacts("huggingface", family.modelType(), sizes.layers(),
        sizes.hiddenSize(), sizes.heads(), sizes.vocabSize(), sizes.maxPositions(), pooling(dir, name),
        ModelCardLanguage.of(dir), labels, parameters, size(safetensors), null, null, gelu, note);
    checkTokenizer(dir, tokenizer, name);
    return new TextModelFolder(dir, "huggingface", family, config, safetensors, sizes, null, facts);
  }

  private static TextModelFolder onnx(Path dir, String name, JsonNode config, Path onnx, Path tokenizer) {
    BertWeights weights;
    try {
      weights = OnnxBertWeights.from(OnnxModelReader.read(onnx), onnx.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      throw new WorkbenchException(fileName(onnx) + " in " + name + " is not a BERT-family encoder that Model "
          + "Workbench can read (" + e.getMessage() + "); export the encoder to ONNX from a BERT-family model, "
          + "or import its Hugging Face folder with model.safetensors instead.", e);
    }
    BertConfig sizes = weights.config();
    if (config != null && config.has("hidden_size") && config.path("hidden_size").asInt() != sizes.hiddenSize()) {
      throw new WorkbenchException(fileName(onnx) + " in " + name + " does not match its " + CONFIG + ": the "
          + "weights are " + sizes.hiddenSize() + " wide but the config says hidden_size "
          + config.path("hidden_size").asInt() + "; put the config of the exported model beside it.");
    }
    long parameters = 0;
    for (WeightTensor t : weights.tensors().values()) {
      parameters += t.values().length;
    }
    Map<String, long[]> shapes = new TreeMap<>();
    weights.tensors().forEach((k, v) -> shapes.put(k, v.shape()));
    List<String> labels = config == null ? List.of() : labels(config, name, headOutputs(shapes));
    TextModelFacts facts = new TextModelFacts("onnx", "bert", sizes.layers(), sizes.hiddenSize(), sizes.heads(),
        sizes.vocabSize(), sizes.maxPositions(), pooling(dir, name), ModelCardLanguage.of(dir), labels,
        parameters, size(onnx), null, null, true, null);
    checkTokenizer(dir, tokenizer, name);
    return new TextModelFolder(dir, "onnx", TextFamily.BERT, config, onnx, sizes, weights, facts);
  }

  private static TextModelFolder torchScript(Path dir, String name, TextFamily family, JsonNode config, Path pt,
      Path tokenizer) {
    if (ModelDetector.detect(pt).format() != ModelFormat.TORCHSCRIPT) {
      throw new WorkbenchException(fileName(pt) + " in " + name + " is not TorchScript; save the encoder with "
          + "torch.jit.save(torch.jit.trace(model, example), 'model.pt').");
    }
    BertConfig sizes = config == null ? null : sizes(family, config, name);
    List<String> labels = config == null ? List.of() : labels(config, name, -1);
    TextModelFacts facts = new TextModelFacts("torchscript", family.modelType(),
        sizes == null ? 0 : sizes.layers(), sizes == null ? 0 : sizes.hiddenSize(), sizes == null ? 0 : sizes.heads(),
        sizes == null ? 0 : sizes.vocabSize(), sizes == null ? 0 : sizes.maxPositions(), pooling(dir, name),
        ModelCardLanguage.of(dir), labels, 0, size(pt), null, null, false,
        "A TorchScript encoder can train a head on its frozen outputs but cannot be fine-tuned; for full "
            + "fine-tuning import its Hugging Face folder with model.safetensors.");
    checkTokenizer(dir, tokenizer, name);
    return new TextModelFolder(dir, "torchscript", family, config, pt, sizes, null, facts);
  }

  private static BertConfig sizes(TextFamily family, JsonNode config, String name) {
    try {
      return family.bertConfig(config);
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException(CONFIG + " in " + name + " " + e.getMessage() + "; save the model with "
          + "model.save_pretrained(dir, safe_serialization=True), which writes a complete " + CONFIG + ".", e);
    }
  }

  /** Rows of the classification head's last layer, or -1 when the weights hold no head. */
  private static int headOutputs(Map<String, long[]> shapes) {
    for (String head : List.of("classifier.out_proj.weight", "classifier.weight")) {
      long[] s = shapes.get(head);
      if (s != null && s.length == 2) {
        return Math.toIntExact(s[0]);
      }
    }
    return -1;
  }

  /**
   * The head's class names from {@code id2label}, in id order, when the weights hold a head (or,
   * when they cannot be seen, the config names a sequence-classification architecture).
   */
  private static List<String> labels(JsonNode config, String name, int headOutputs) {
    JsonNode id2label = config.path("id2label");
    boolean classifier = false;
    for (JsonNode a : config.path("architectures")) {
      classifier |= a.asText().endsWith("ForSequenceClassification");
    }
    if (!id2label.isObject() || id2label.isEmpty() || headOutputs < 0 && !classifier) {
      return List.of();
    }
    TreeMap<Integer, String> byId = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = id2label.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      try {
        byId.put(Integer.parseInt(f.getKey().strip()), f.getValue().asText());
      } catch (NumberFormatException e) {
        throw new WorkbenchException(CONFIG + " in " + name + " has the label id \"" + f.getKey() + "\" in id2label, "
            + "which is not a number; number the labels 0, 1, 2 in id2label.", e);
      }
    }
    List<String> labels = new ArrayList<>(byId.values());
    if (headOutputs >= 0 && labels.size() != headOutputs) {
      throw new WorkbenchException(CONFIG + " in " + name + " lists " + labels.size() + " labels in id2label but "
          + "the classification head in " + SAFETENSORS + " gives " + headOutputs + " outputs; give id2label one "
          + "name per output and save the model again.");
    }
    return labels;
  }

  private static Pooling pooling(Path dir, String name) {
    try {
      return HuggingFaceBertFolder.pooling(dir);
    } catch (IOException e) {
      throw new WorkbenchException("1_Pooling/config.json in " + name + " cannot be read (" + e.getMessage()
          + "); delete it to use CLS pooling, or save the sentence-transformers model again.", e);
    }
  }

  private static void requireConfig(JsonNode config, String name, String weights) {
    if (config == null) {
      throw new WorkbenchException(name + " has " + weights + " but no " + CONFIG + "; save the model with "
          + "model.save_pretrained(dir, safe_serialization=True), which writes both.");
    }
  }

  /** tokenizer.json, or vocab.txt for the WordPiece families; refused when neither is there. */
  private static Path tokenizer(Path dir, String name, TextFamily family) {
    Path json = dir.resolve(TOKENIZER);
    if (Files.isRegularFile(json)) {
      return json;
    }
    Path vocab = dir.resolve(VOCAB);
    boolean wordPiece = family == TextFamily.BERT || family == TextFamily.DISTILBERT;
    if (wordPiece && Files.isRegularFile(vocab)) {
      return vocab;
    }
    throw new WorkbenchException(name + " has no " + TOKENIZER + (wordPiece ? " (or " + VOCAB + ")" : "")
        + "; save the model's tokenizer into the same folder with tokenizer.save_pretrained(dir) and import "
        + "the folder again.");
  }

  /** Loads the tokenizer once (a vocab.txt after conversion), so a broken one is refused now. */
  private static void checkTokenizer(Path dir, Path tokenizer, String name) {
    Path json = tokenizer;
    Path temp = null;
    try {
      if (tokenizer.getFileName().toString().equals(VOCAB)) {
        temp = Files.createTempFile("workbench-tokenizer", ".json");
        WordPieceTokenizerJson.convert(tokenizer, temp);
        json = temp;
      }
      TextTokenizer.fromFile(json, 0).close();
    } catch (IOException | RuntimeException e) {
      throw new WorkbenchException(fileName(tokenizer) + " in " + name + " is not a tokenizer Model Workbench can "
          + "read (" + e.getMessage() + "); save it again with tokenizer.save_pretrained(dir).", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // A temporary file; the system's cleanup removes it.
        }
      }
    }
  }

  private static JsonNode readConfig(Path dir) {
    Path file = dir.resolve(CONFIG);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new IOException("not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw new WorkbenchException(CONFIG + " in " + fileName(dir) + " is not readable JSON (" + e.getMessage()
          + "); save the model again with model.save_pretrained(dir, safe_serialization=True).", e);
    }
  }

  private static Path onnxFile(Path dir) {
    for (String candidate : List.of("model.onnx", "onnx/model.onnx")) {
      if (Files.isRegularFile(dir.resolve(candidate))) {
        return dir.resolve(candidate);
      }
    }
    return single(dir, ".onnx");
  }

  /** The one file in the folder with one of these extensions, or null when there are none or several. */
  private static Path single(Path dir, String... extensions) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(extensions).anyMatch(n::endsWith);
      }).toList();
      return found.size() == 1 ? found.get(0) : null;
    } catch (IOException e) {
      throw new WorkbenchException(fileName(dir) + " cannot be read (" + e.getMessage() + "). Check that you may "
          + "open it.", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String dims(long[] shape) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < shape.length; i++) {
      sb.append(i == 0 ? "" : "\u00D7").append(shape[i]);
    }
    return sb.toString();
  }

  private static String fileName(Path path) {
    Path n = path.getFileName();
    return n == null ? path.toString() : n.toString();
  }
}
