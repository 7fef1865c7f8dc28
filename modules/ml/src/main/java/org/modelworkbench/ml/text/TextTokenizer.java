package org.modelworkbench.ml.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns texts into model tokens with a Hugging Face {@code tokenizer.json}, offline (the Rust
 * library comes inside the tokenizers jar). Texts are truncated to a maximum length but never
 * padded: padding is done per batch ({@link TokenBatch}), to the batch's length bucket.
 *
 * <p>Holds a native handle: close it.
 */
public final class TextTokenizer implements AutoCloseable {
  private final HuggingFaceTokenizer tokenizer;
  private final int maxLength;

  private TextTokenizer(HuggingFaceTokenizer tokenizer, int maxLength) {
    this.tokenizer = tokenizer;
    this.maxLength = maxLength;
  }

  /**
   * Reads a tokenizer.json from a stream, for example a jar resource.
   *
   * @param json the file's bytes; read to the end, not closed
   * @param maxLength tokens kept per text, special tokens included; 0 to keep every token (to
   *     count how long texts are)
   * @return the tokenizer
   * @throws IOException if the stream cannot be read or is not a tokenizer
   */
  public static TextTokenizer fromStream(InputStream json, int maxLength) throws IOException {
    try {
      return new TextTokenizer(HuggingFaceTokenizer.newInstance(json, options(maxLength)),
          maxLength);
    } catch (RuntimeException e) {
      throw new IOException("The tokenizer could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a tokenizer.json file.
   *
   * @param file the file
   * @param maxLength as for {@link #fromStream}
   * @return the tokenizer
   * @throws IOException if the file cannot be read or is not a tokenizer
   */
  public static TextTokenizer fromFile(Path file, int maxLength) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("There is no tokenizer file " + file.getFileName());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return fromStream(in, maxLength);
    } catch (IOException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The tokenizer of a built-in encoder.
   *
   * @param encoder the encoder
   * @param maxLength as for {@link #fromStream}
   * @return the tokenizer
   * @throws IOException if the resource is missing
   */
  public static TextTokenizer of(BuiltInEncoder encoder, int maxLength) throws IOException {
    try (InputStream in = encoder.openTokenizer()) {
      return fromStream(in, maxLength);
    }
  }

  private static Map<String, String> options(int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must be 0 (no limit) or positive");
    }
    Map<String, String> o = new HashMap<>();
    o.put("addSpecialTokens", "true");
    // Some tokenizer.json files pad to a fixed length (all-MiniLM-L6-v2's to 128): switch that off.
    o.put("padding", "false");
    if (maxLength > 0) {
      o.put("truncation", "true");
      o.put("maxLength", Integer.toString(maxLength));
      o.put("modelMaxLength", Integer.toString(maxLength));
    } else {
      o.put("truncation", "false");
    }
    return o;
  }

  /** Tokens kept per text, or 0 for no limit. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Tokenizes texts.
   *
   * @param texts the texts (null counts as empty)
   * @return their tokens, in order
   */
  public List<TokenizedText> encode(List<String> texts) {
    List<String> clean = new ArrayList<>(texts.size());
    for (String t : texts) {
      clean.add(t == null ? "" : t);
    }
    Encoding[] encodings = tokenizer.batchEncode(clean);
    List<TokenizedText> out = new ArrayList<>(encodings.length);
    for (Encoding e : encodings) {
      out.add(new TokenizedText(e.getIds(), e.getTypeIds()));
    }
    return out;
  }

  /**
   * Tokenizes one text.
   *
   * @param text the text
   * @return its tokens
   */
  public TokenizedText encode(String text) {
    return encode(List.of(text == null ? "" : text)).get(0);
  }

  /**
   * The tokens of ids, for messages and tests.
   *
   * @param ids token ids
   * @return the token strings
   */
  public String[] tokens(long[] ids) {
    String[] out = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = tokenizer.decode(new long[] {ids[i]}, false);
    }
    return out;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
