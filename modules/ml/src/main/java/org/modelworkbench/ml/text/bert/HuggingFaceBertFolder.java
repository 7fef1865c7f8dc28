package org.modelworkbench.ml.text.bert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelworkbench.ml.text.weights.SafetensorsContent;
import org.modelworkbench.ml.text.weights.SafetensorsReader;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Reads a Hugging Face BERT model folder: {@code config.json} and {@code model.safetensors} (the
 * tokenizer is read separately, see {@code TextTokenizer}).
 *
 * <p>Weight names are brought to those of a bare {@code BertModel}: the {@code bert.} prefix of a
 * task model ({@code BertForSequenceClassification}) is dropped, and the {@code gamma}/{@code beta}
 * of old checkpoints become {@code weight}/{@code bias}. Weights the encoder does not use (pooler,
 * classifier) are kept in the map but ignored by the block.
 */
public final class HuggingFaceBertFolder {
  /** The config file of a Hugging Face model folder. */
  public static final String CONFIG = "config.json";
  /** The weights file this reader uses; pickled {@code pytorch_model.bin} files are not read. */
  public static final String WEIGHTS = "model.safetensors";
  /** The tokenizer file. */
  public static final String TOKENIZER = "tokenizer.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HuggingFaceBertFolder() {}

  /**
   * Reads the config and the weights.
   *
   * @param folder the model folder
   * @return sizes and weights under bare-encoder names
   * @throws IOException if a file is missing or unreadable, the model is not a BERT, or config and
   *     weights disagree
   */
  public static BertWeights read(Path folder) throws IOException {
    Path configFile = folder.resolve(CONFIG);
    Path weightsFile = folder.resolve(WEIGHTS);
    if (!Files.isRegularFile(configFile)) {
      throw new IOException(folder.getFileName() + " has no " + CONFIG);
    }
    if (!Files.isRegularFile(weightsFile)) {
      if (Files.isRegularFile(folder.resolve("pytorch_model.bin"))) {
        throw new IOException(folder.getFileName() + " holds pytorch_model.bin, a Python pickle "
            + "that is unsafe to load; save the model as " + WEIGHTS + " in Python with "
            + "save_pretrained(folder, safe_serialization=True)");
      }
      throw new IOException(folder.getFileName() + " has no " + WEIGHTS);
    }
    String type = modelType(configFile);
    if (!"bert".equals(type)) {
      throw new IOException(CONFIG + " names model type \"" + type + "\"; only \"bert\" is read "
          + "so far");
    }
    BertConfig config = BertConfig.read(configFile);
    SafetensorsContent content = SafetensorsReader.read(weightsFile);
    return BertWeights.checked(config, bareNames(content.tensors()), WEIGHTS);
  }

  /**
   * The pooling a sentence-transformers folder declares in {@code 1_Pooling/config.json}, or
   * {@link Pooling#CLS} when it declares none.
   *
   * @param folder the model folder
   * @return the pooling
   * @throws IOException if the pooling config exists but is unreadable
   */
  public static Pooling pooling(Path folder) throws IOException {
    Path file = folder.resolve("1_Pooling").resolve("config.json");
    if (!Files.isRegularFile(file)) {
      return Pooling.CLS;
    }
    JsonNode root = JSON.readTree(Files.readString(file));
    return root.path("pooling_mode_mean_tokens").asBoolean(false) ? Pooling.MEAN : Pooling.CLS;
  }

  private static String modelType(Path configFile) throws IOException {
    try {
      return JSON.readTree(Files.readString(configFile)).path("model_type").asText("");
    } catch (IOException e) {
      throw new IOException(CONFIG + " is not readable JSON: " + e.getMessage(), e);
    }
  }

  static Map<String, WeightTensor> bareNames(Map<String, WeightTensor> tensors) {
    Map<String, WeightTensor> out = new LinkedHashMap<>();
    tensors.forEach((name, t) -> {
      String n = name.startsWith("bert.") ? name.substring("bert.".length()) : name;
      if (n.endsWith("LayerNorm.gamma")) {
        n = n.substring(0, n.length() - "gamma".length()) + "weight";
      } else if (n.endsWith("LayerNorm.beta")) {
        n = n.substring(0, n.length() - "beta".length()) + "bias";
      }
      out.put(n, t);
    });
    return out;
  }
}
