package org.modelworkbench.services.training;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelworkbench.ml.text.TextTokenizer;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * How many texts an encoder will cut at the run's token limit, as one plain sentence for the
 * run's notices. Texts are counted with the encoder's own tokenizer, special tokens included.
 */
final class TextTruncation {
  /** Below this share, cutting is not worth a word. */
  private static final double WORTH_SAYING = 0.01;

  private TextTruncation() {}

  /**
   * The notice for these texts, if enough of them are longer than the limit.
   *
   * @param source the encoder
   * @param tokens the run's token limit
   * @param texts the training texts
   */
  static Optional<String> notice(TextEncoderSource source, int tokens, List<String> texts) {
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    long longer = 0;
    try (TextTokenizer counter = source.builtIn() != null ? TextTokenizer.of(source.builtIn(), 0)
        : TextTokenizer.fromFile(source.folder().resolve("tokenizer.json"), 0)) {
      for (var encoded : counter.encode(texts)) {
        longer += encoded.ids().length > tokens ? 1 : 0;
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // The run itself reports an unreadable tokenizer.
    }
    double share = (double) longer / texts.size();
    if (share < WORTH_SAYING) {
      return Optional.empty();
    }
    String more = tokens < source.maxTokens() ? " Raise --max-tokens (up to " + source.maxTokens()
        + ") to read more of them, at a cost in speed." : " That is this model's limit.";
    return Optional.of(String.format(Locale.ROOT, "%.0f %% of the training texts (%,d of %,d) are longer than %d"
        + " tokens, so their ends are not read.", share * 100, longer, texts.size(), tokens) + more);
  }
}
