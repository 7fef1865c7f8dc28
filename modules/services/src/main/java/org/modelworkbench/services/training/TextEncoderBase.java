package org.modelworkbench.services.training;

import java.util.Optional;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.services.library.TextEncoderSource;

/**
 * The text encoder a request's base names, if it names one, and the strategy it is trained with:
 * {@code full} (the default) or {@code head}.
 */
final class TextEncoderBase {
  /** The stored setting of a text run's strategy. */
  static final String STRATEGY_SETTING = "strategy";
  /** The stored setting of a text run's token limit. */
  static final String MAX_TOKENS_SETTING = "max_tokens";
  /** The stored setting of a frozen-encoder run's head. */
  static final String HEAD_SETTING = "head";

  private TextEncoderBase() {}

  /** The encoder the base names, or empty when there is no base or it is not a text encoder. */
  static Optional<TextEncoderSource> of(TextEncoderLibrary encoders, TrainRequest request) {
    return request.baseModel() == null ? Optional.empty() : encoders.find(request.baseModel());
  }

  /** The encoder the base names. */
  static TextEncoderSource require(TextEncoderLibrary encoders, String base) {
    return encoders.find(base).orElseThrow(() -> new WorkbenchException("There is no text model '" + base
        + "' in the library or among the built-in ones."));
  }

  /** Whether the request trains the encoder's head only. */
  static boolean wantsHead(TrainRequest request) {
    return "head".equals(request.strategy());
  }

  /** The token limit of a run from its stored settings, or of a new request. */
  static int tokens(TextOptions options, TextEncoderSource source) {
    return options.tokensFor(source.maxTokens());
  }
}
