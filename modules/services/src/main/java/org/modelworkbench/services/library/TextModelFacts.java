package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modelworkbench.ml.text.BuiltInEncoder;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * What a text encoder is, as the Models view and {@code workbench models} show it. Imported
 * models keep these facts in {@value #FILE} inside their project folder, so the database schema
 * stays as it is; built-in encoders get them from {@link BuiltInEncoder}.
 *
 * @param format {@code builtin}, {@code huggingface}, {@code onnx} or {@code torchscript}: where
 *     the model came from (an ONNX export is stored converted to a Hugging Face folder)
 * @param family the architecture: {@code bert}, {@code distilbert}, {@code roberta} or
 *     {@code xlm-roberta}
 * @param layers transformer layers, 0 when not known
 * @param width width of the text vectors, 0 when not known
 * @param heads attention heads per layer, 0 when not known
 * @param vocabulary tokens in the vocabulary, 0 when not known
 * @param maxTokens longest input in tokens, 0 when not known
 * @param pooling the pooling it was trained with
 * @param language the language it was trained on, or null when not known
 * @param labels the classes of its own classification head, empty when it has none
 * @param parameters number of weights, 0 when not known
 * @param bytes size of its weights on disk
 * @param licence the weights' licence, or null when not known
 * @param source Maven coordinates of a built-in encoder, or the path it was imported from
 * @param trainable whether it can be fine-tuned (its weights rebuild as a BERT encoder)
 * @param note why it cannot be fine-tuned, or null
 */
public record TextModelFacts(String format, String family, int layers, int width, int heads,
    int vocabulary, int maxTokens, Pooling pooling, String language, List<String> labels,
    long parameters, long bytes, String licence, String source, boolean trainable, String note) {
  /** The facts file in an imported text model's folder. */
  public static final String FILE = "text-encoder.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the labels; a null pooling becomes {@link Pooling#CLS}. */
  public TextModelFacts {
    labels = labels == null ? List.of() : List.copyOf(labels);
    pooling = pooling == null ? Pooling.CLS : pooling;
  }

  /** The facts of a built-in encoder. */
  public static TextModelFacts of(BuiltInEncoder e) {
    long parameters = 0;
    for (long[] shape : BertWeights.expectedShapes(e.config()).values()) {
      parameters += WeightTensor.size(shape);
    }
    return new TextModelFacts("builtin", "bert", e.layers(), e.width(), e.heads(),
        e.vocabularySize(), e.maxTokens(), e.pooling(), e.language(), List.of(), parameters,
        parameters * Float.BYTES, e.licence(), e.coordinates(), true, null);
  }

  /** Whether the model carries its own classification head (it can be evaluated as it is). */
  public boolean hasHead() {
    return !labels.isEmpty();
  }

  /** The family's usual name: "BERT", "DistilBERT", "RoBERTa", "XLM-R". */
  public String familyName() {
    return switch (family) {
      case "bert" -> "BERT";
      case "distilbert" -> "DistilBERT";
      case "roberta" -> "RoBERTa";
      case "xlm-roberta" -> "XLM-R";
      default -> family;
    };
  }

  /**
   * One line for lists: "BERT-family encoder, 6 layers, 384 wide, max 512 tokens, English", with
   * the family named when it is not plain BERT and the labels when it has a head.
   */
  public String description() {
    StringBuilder sb = new StringBuilder();
    sb.append("bert".equals(family) ? "BERT-family" : familyName() + " (BERT-family)");
    sb.append("torchscript".equals(format) ? " TorchScript encoder" : " encoder");
    sb.append(layers > 0 ? ", " + layers + " layers" : "");
    sb.append(width > 0 ? ", " + width + " wide" : "");
    sb.append(maxTokens > 0 ? ", max " + maxTokens + " tokens" : "");
    sb.append(", ").append(language == null ? "language not recorded" : language);
    if (hasHead()) {
      sb.append(", head with ").append(labels.size()).append(" classes");
    }
    return sb.toString();
  }

  /** "22.7M parameters, 91 MB", or only the size on disk when the weights were not counted. */
  public String size() {
    String mb = String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    if (parameters <= 0) {
      return mb;
    }
    return String.format(Locale.ROOT, "%.1fM parameters, %s", parameters / 1e6, mb);
  }

  /** The pooling as the command line and the Models view name it: {@code cls} or {@code mean}. */
  public String poolingName() {
    return pooling.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the facts file into a model folder.
   *
   * @param folder the model folder
   * @throws IOException if it cannot be written
   */
  public void write(Path folder) throws IOException {
    Map<String, Object> m = facts();
    m.put("bytes", bytes);
    Files.writeString(folder.resolve(FILE), JSON.valueToTree(m).toPrettyString());
  }

  /**
   * Reads the facts file of a model folder.
   *
   * @param folder the model folder
   * @return the facts
   * @throws IOException if the file is missing or unreadable
   */
  public static TextModelFacts read(Path folder) throws IOException {
    JsonNode o = JSON.readTree(Files.readString(folder.resolve(FILE)));
    List<String> labels = new ArrayList<>();
    o.path("labels").forEach(n -> labels.add(n.asText()));
    return new TextModelFacts(o.path("format").asText("huggingface"), o.path("family").asText("bert"),
        o.path("layers").asInt(), o.path("width").asInt(), o.path("heads").asInt(),
        o.path("vocabulary").asInt(), o.path("maxTokens").asInt(),
        Pooling.valueOf(o.path("pooling").asText("cls").toUpperCase(Locale.ROOT)), text(o, "language"),
        labels, o.path("parameters").asLong(), o.path("bytes").asLong(), text(o, "licence"),
        text(o, "source"), o.path("trainable").asBoolean(false), text(o, "note"));
  }

  /** Whether a folder holds a text model's facts file. */
  public static boolean isTextModel(Path folder) {
    return folder != null && Files.isRegularFile(folder.resolve(FILE));
  }

  private static String text(JsonNode o, String key) {
    JsonNode n = o.get(key);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** The facts as plain name/value pairs, for JSON output. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = facts();
    m.put("megabytes", Math.round(bytes / 1e5) / 10.0);
    m.put("description", description());
    return m;
  }

  /** What the facts file and the JSON output share: everything but the size on disk. */
  private Map<String, Object> facts() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("format", format);
    m.put("family", family);
    m.put("layers", layers);
    m.put("width", width);
    m.put("heads", heads);
    m.put("vocabulary", vocabulary);
    m.put("maxTokens", maxTokens);
    m.put("pooling", poolingName());
    m.put("language", language);
    m.put("labels", labels);
    m.put("parameters", parameters);
    m.put("licence", licence);
    m.put("source", source);
    m.put("trainable", trainable);
    m.put("note", note);
    return m;
  }
}
