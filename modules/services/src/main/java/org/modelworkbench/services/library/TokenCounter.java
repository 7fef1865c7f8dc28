package org.modelworkbench.services.library;

import java.io.IOException;
import java.util.function.ToIntFunction;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.model.WorkbenchException;

/**
 * Counts a text's tokens with a text encoder's own tokenizer, special tokens included and nothing
 * cut: what a dataset's text profile needs to say how many texts a model would cut.
 */
public final class TokenCounter implements ToIntFunction<String>, AutoCloseable {
  private final TextTokenizer tokenizer;

  private TokenCounter(TextTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * The counter of an encoder.
   *
   * @throws WorkbenchException when its tokenizer cannot be read
   */
  public static TokenCounter of(TextEncoderSource source) {
    try {
      return new TokenCounter(source.builtIn() != null ? TextTokenizer.of(source.builtIn(), 0)
          : TextTokenizer.fromFile(source.folder().resolve("tokenizer.json"), 0));
    } catch (IOException e) {
      throw new WorkbenchException("The tokenizer of '" + source.name() + "' cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public int applyAsInt(String text) {
    return tokenizer.encode(text == null ? "" : text).ids().length;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
