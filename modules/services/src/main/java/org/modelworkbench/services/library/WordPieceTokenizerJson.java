package org.modelworkbench.services.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the {@code tokenizer.json} of a BERT WordPiece tokenizer from its {@code vocab.txt}, as
 * the Hugging Face tokenizers library builds it for {@code BertTokenizerFast}: BERT normaliser
 * (lower-casing as {@code tokenizer_config.json} says, lower case when it says nothing), BERT
 * pre-tokeniser, WordPiece with {@code ##} continuations, and {@code [CLS] A [SEP]} around each
 * text. The workbench's tokenizer reads only {@code tokenizer.json}, and older folders carry only
 * {@code vocab.txt}.
 */
final class WordPieceTokenizerJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SPECIALS = List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

  private WordPieceTokenizerJson() {}

  /**
   * Builds the tokenizer.json text.
   *
   * @param vocab the tokens, one per line, in id order
   * @param lowercase whether texts are lower-cased first (uncased models)
   * @return the JSON
   * @throws IllegalArgumentException when [CLS], [SEP] or [UNK] is missing from the vocabulary
   */
  static String of(List<String> vocab, boolean lowercase) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    for (String special : SPECIALS) {
      int id = vocab.indexOf(special);
      if (id >= 0) {
        added.addObject().put("id", id).put("content", special).put("single_word", false)
            .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
      }
    }
    int cls = require(vocab, "[CLS]");
    int sep = require(vocab, "[SEP]");
    require(vocab, "[UNK]");
    root.putObject("normalizer").put("type", "BertNormalizer").put("clean_text", true)
        .put("handle_chinese_chars", true).putNull("strip_accents").put("lowercase", lowercase);
    root.putObject("pre_tokenizer").put("type", "BertPreTokenizer");
    ObjectNode post = root.putObject("post_processor");
    post.put("type", "TemplateProcessing");
    ArrayNode single = post.putArray("single");
    special(single, "[CLS]", 0);
    sequence(single, "A", 0);
    special(single, "[SEP]", 0);
    ArrayNode pair = post.putArray("pair");
    special(pair, "[CLS]", 0);
    sequence(pair, "A", 0);
    special(pair, "[SEP]", 0);
    sequence(pair, "B", 1);
    special(pair, "[SEP]", 1);
    ObjectNode specials = post.putObject("special_tokens");
    specials.putObject("[CLS]").put("id", "[CLS]").<ObjectNode>set("ids", JSON.createArrayNode().add(cls))
        .set("tokens", JSON.createArrayNode().add("[CLS]"));
    specials.putObject("[SEP]").put("id", "[SEP]").<ObjectNode>set("ids", JSON.createArrayNode().add(sep))
        .set("tokens", JSON.createArrayNode().add("[SEP]"));
    root.putObject("decoder").put("type", "WordPiece").put("prefix", "##").put("cleanup", true);
    ObjectNode model = root.putObject("model");
    model.put("type", "WordPiece").put("unk_token", "[UNK]").put("continuing_subword_prefix", "##")
        .put("max_input_chars_per_word", 100);
    ObjectNode ids = model.putObject("vocab");
    for (int i = 0; i < vocab.size(); i++) {
      if (!ids.has(vocab.get(i))) {
        ids.put(vocab.get(i), i);
      }
    }
    return root.toString();
  }

  /**
   * Reads {@code vocab.txt} (and {@code do_lower_case} from {@code tokenizer_config.json} beside
   * it) and writes {@code tokenizer.json}.
   *
   * @param vocabFile the vocab.txt
   * @param target the tokenizer.json to write
   * @throws IOException if a file cannot be read or written
   */
  static void convert(Path vocabFile, Path target) throws IOException {
    List<String> vocab = Files.readAllLines(vocabFile, StandardCharsets.UTF_8).stream()
        .map(String::strip).toList();
    // Drop a trailing empty line, which is not a token.
    if (!vocab.isEmpty() && vocab.get(vocab.size() - 1).isEmpty()) {
      vocab = vocab.subList(0, vocab.size() - 1);
    }
    Files.writeString(target, of(vocab, lowercase(vocabFile.resolveSibling("tokenizer_config.json"))));
  }

  private static boolean lowercase(Path tokenizerConfig) throws IOException {
    if (!Files.isRegularFile(tokenizerConfig)) {
      return true;
    }
    JsonNode c = JSON.readTree(Files.readString(tokenizerConfig));
    return c == null || c.path("do_lower_case").asBoolean(true);
  }

  private static int require(List<String> vocab, String token) {
    int id = vocab.indexOf(token);
    if (id < 0) {
      throw new IllegalArgumentException("has no " + token + " token");
    }
    return id;
  }

  private static void special(ArrayNode template, String id, int type) {
    template.addObject().putObject("SpecialToken").put("id", id).put("type_id", type);
  }

  private static void sequence(ArrayNode template, String id, int type) {
    template.addObject().putObject("Sequence").put("id", id).put("type_id", type);
  }
}
