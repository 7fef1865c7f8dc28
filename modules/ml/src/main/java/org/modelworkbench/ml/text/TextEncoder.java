package org.modelworkbench.ml.text;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.modelworkbench.ml.text.bert.BertConfig;
import org.modelworkbench.ml.text.bert.BertEncoderBlock;
import org.modelworkbench.ml.text.bert.BertWeights;
import org.modelworkbench.ml.text.bert.HuggingFaceBertFolder;
import org.modelworkbench.ml.text.bert.Pooling;
import org.modelworkbench.ml.text.onnx.OnnxBertWeights;
import org.modelworkbench.ml.text.onnx.OnnxModelReader;

/**
 * A loaded text encoder: its trainable DJL block with pretrained weights, and its tokenizer.
 *
 * <p>The block's parameters live in the manager passed in (the DJL model's manager when it will be
 * trained); closing the encoder closes the tokenizer, closing that manager frees the weights.
 */
public final class TextEncoder implements AutoCloseable {
  private final String name;
  private final BertEncoderBlock block;
  private final TextTokenizer tokenizer;
  private final NDManager manager;

  private TextEncoder(String name, BertEncoderBlock block, TextTokenizer tokenizer,
      NDManager manager) {
    this.name = name;
    this.block = block;
    this.tokenizer = tokenizer;
    this.manager = manager;
  }

  /**
   * Loads a built-in encoder from its jar: reads the ONNX weights and rebuilds the encoder.
   *
   * @param encoder which one
   * @param maxLength tokens kept per text (at most the model's limit)
   * @param manager owns the parameters
   * @return the encoder
   * @throws IOException if the resources are missing or unreadable
   */
  public static TextEncoder load(BuiltInEncoder encoder, int maxLength, NDManager manager)
      throws IOException {
    BertWeights weights;
    try (InputStream in = encoder.openWeights()) {
      weights = OnnxBertWeights.from(OnnxModelReader.read(in, encoder.weightsResource()),
          encoder.weightsResource());
    }
    return of(encoder.displayName(), weights, encoder.pooling(), TextTokenizer.of(encoder,
        limit(maxLength, weights.config())), manager);
  }

  /**
   * Loads a Hugging Face BERT folder ({@code config.json}, {@code model.safetensors},
   * {@code tokenizer.json}).
   *
   * @param folder the model folder
   * @param pooling the pooling, or null for what the folder declares
   *     ({@link HuggingFaceBertFolder#pooling})
   * @param maxLength tokens kept per text (at most the model's limit)
   * @param manager owns the parameters
   * @return the encoder
   * @throws IOException with one sentence naming the file and the problem
   */
  public static TextEncoder load(Path folder, Pooling pooling, int maxLength, NDManager manager)
      throws IOException {
    BertWeights weights = HuggingFaceBertFolder.read(folder);
    Pooling p = pooling != null ? pooling : HuggingFaceBertFolder.pooling(folder);
    TextTokenizer tokenizer = TextTokenizer.fromFile(
        folder.resolve(HuggingFaceBertFolder.TOKENIZER), limit(maxLength, weights.config()));
    return of(folder.getFileName().toString(), weights, p, tokenizer, manager);
  }

  /**
   * Builds an encoder from weights already read.
   *
   * @param name for messages
   * @param weights sizes and weights
   * @param pooling the pooling
   * @param tokenizer the tokenizer (owned by the encoder from now on)
   * @param manager owns the parameters
   * @return the encoder
   */
  public static TextEncoder of(String name, BertWeights weights, Pooling pooling,
      TextTokenizer tokenizer, NDManager manager) {
    return new TextEncoder(name, BertEncoderBlock.pretrained(weights, pooling, manager), tokenizer,
        manager);
  }

  private static int limit(int maxLength, BertConfig config) {
    if (maxLength <= 0) {
      throw new IllegalArgumentException("maxLength must be positive");
    }
    return Math.min(maxLength, config.maxPositions());
  }

  /** The model's name. */
  public String name() {
    return name;
  }

  /** The trainable block. */
  public BertEncoderBlock block() {
    return block;
  }

  /** The tokenizer, truncating to {@link #maxLength()}. */
  public TextTokenizer tokenizer() {
    return tokenizer;
  }

  /** The sizes. */
  public BertConfig config() {
    return block.config();
  }

  /** Width of the text vectors. */
  public int width() {
    return block.config().hiddenSize();
  }

  /** Tokens kept per text. */
  public int maxLength() {
    return tokenizer.maxLength();
  }

  /** The manager that owns the parameters. */
  public NDManager manager() {
    return manager;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
