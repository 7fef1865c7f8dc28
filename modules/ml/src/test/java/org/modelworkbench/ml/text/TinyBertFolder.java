package org.modelworkbench.ml.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.weights.SafetensorsWriter;
import org.modelworkbench.ml.text.weights.WeightTensor;

/**
 * Writes a small random BERT as a Hugging Face folder: config.json, model.safetensors and a
 * WordPiece tokenizer.json of a few dozen words, all made here (a few tens of kilobytes). Public
 * for the tests of {@code ml.text.finetune}.
 */
public final class TinyBertFolder {
  public static final List<String> WORDS = List.of("the", "a", "good", "bad", "product", "great",
      "terrible", "works", "broke", "after", "one", "day", "i", "love", "it", "not", "very",
      "fast", "slow", "delivery", ".", ",", "!", "##s", "##ed", "##ly");
  /** [PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, then the words. */
  public static final BertConfig CONFIG = new BertConfig(4 + WORDS.size(), 32, 2, 4, 64, 40, 2, 1e-12f,
      0.1f, 0.1f);
  private static final ObjectMapper JSON = new ObjectMapper();

  private TinyBertFolder() {}

  /** Random weights of {@link #CONFIG} under a sequence-classification model's names. */
  public static Map<String, WeightTensor> weights(long seed) {
    Random random = new Random(seed);
    Map<String, WeightTensor> m = new LinkedHashMap<>();
    BertWeights.expectedShapes(CONFIG).forEach((name, shape) -> {
      float[] v = new float[(int) WeightTensor.size(shape)];
      for (int i = 0; i < v.length; i++) {
        v[i] = name.endsWith("LayerNorm.weight") ? 1 + 0.1f * (float) random.nextGaussian()
            : 0.2f * (float) random.nextGaussian();
      }
      m.put("bert." + name, new WeightTensor(shape, v));
    });
    // Parts of a task model that the encoder does not use.
    m.put("bert.pooler.dense.weight", new WeightTensor(new long[] {32, 32}, new float[32 * 32]));
    m.put("bert.pooler.dense.bias", new WeightTensor(new long[] {32}, new float[32]));
    m.put("classifier.weight", new WeightTensor(new long[] {2, 32}, new float[64]));
    m.put("classifier.bias", new WeightTensor(new long[] {2}, new float[2]));
    return m;
  }

  /** Writes the whole folder. */
  public static Path write(Path folder, long seed) throws IOException {
    Files.createDirectories(folder);
    ObjectNode config = CONFIG.toConfigJson();
    config.putArray("architectures").add("BertForSequenceClassification");
    Files.writeString(folder.resolve("config.json"), config.toPrettyString());
    SafetensorsWriter.write(folder.resolve("model.safetensors"), weights(seed),
        Map.of("format", "pt"));
    Files.writeString(folder.resolve("tokenizer.json"), tokenizerJson());
    return folder;
  }

  static String tokenizerJson() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    String[] specials = {"[PAD]", "[UNK]", "[CLS]", "[SEP]"};
    for (int i = 0; i < specials.length; i++) {
      added.addObject().put("id", i).put("content", specials[i]).put("single_word", false)
          .put("lstrip", false).put("rstrip", false).put("normalized", false)
          .put("special", true);
    }
    root.putObject("normalizer").put("type", "BertNormalizer").put("clean_text", true)
        .put("handle_chinese_chars", true).putNull("strip_accents").put("lowercase", true);
    root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
    ObjectNode post = root.putObject("post_processor");
    post.put("type", "TemplateProcessing");
    ArrayNode single = post.putArray("single");
    single.addObject().putObject("SpecialToken").put("id", "[CLS]").put("type_id", 0);
    single.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    single.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 0);
    ArrayNode pair = post.putArray("pair");
    pair.addObject().putObject("SpecialToken").put("id", "[CLS]").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    pair.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "B").put("type_id", 1);
    pair.addObject().putObject("SpecialToken").put("id", "[SEP]").put("type_id", 1);
    ObjectNode special = post.putObject("special_tokens");
    special.putObject("[CLS]").put("id", "[CLS]").<ObjectNode>set("ids",
        JSON.createArrayNode().add(2)).set("tokens", JSON.createArrayNode().add("[CLS]"));
    special.putObject("[SEP]").put("id", "[SEP]").<ObjectNode>set("ids",
        JSON.createArrayNode().add(3)).set("tokens", JSON.createArrayNode().add("[SEP]"));
    root.putObject("decoder").put("type", "WordPiece").put("prefix", "##").put("cleanup", true);
    ObjectNode model = root.putObject("model");
    model.put("type", "WordPiece").put("unk_token", "[UNK]")
        .put("continuing_subword_prefix", "##").put("max_input_chars_per_word", 100);
    ObjectNode vocab = model.putObject("vocab");
    for (int i = 0; i < specials.length; i++) {
      vocab.put(specials[i], i);
    }
    for (int i = 0; i < WORDS.size(); i++) {
      vocab.put(WORDS.get(i), specials.length + i);
    }
    return root.toPrettyString();
  }
}
