package org.modelworkbench.services.training;

import java.util.Locale;
import org.modelworkbench.model.WorkbenchException;

/**
 * The text routes' options beyond the {@link org.modelworkbench.model.TrainingSettings}.
 *
 * @param maxTokens the longest input the encoder reads, in tokens; 0 for {@value #DEFAULT_MAX_TOKENS}
 *     (capped at the model's own limit)
 * @param head the head on a frozen encoder: {@code linear} (the default) or {@code mlp}
 */
public record TextOptions(int maxTokens, String head) {
  /** The maximum token length when none is given. */
  public static final int DEFAULT_MAX_TOKENS = 128;
  /** A logistic-regression head. */
  public static final String LINEAR = "linear";
  /** A small neural network head. */
  public static final String MLP = "mlp";

  /** Checks the values. */
  public TextOptions {
    if (maxTokens < 0) {
      throw new WorkbenchException("The maximum token length must be positive (or 0 for the default).");
    }
    head = head == null || head.isBlank() ? LINEAR : head.strip().toLowerCase(Locale.ROOT);
    if (!head.equals(LINEAR) && !head.equals(MLP)) {
      throw new WorkbenchException("The head '" + head + "' is unknown; use linear or mlp.");
    }
  }

  /** The defaults. */
  public static TextOptions defaults() {
    return new TextOptions(0, null);
  }

  /** The token length to use with a model that takes at most {@code modelLimit} tokens. */
  public int tokensFor(int modelLimit) {
    int wanted = maxTokens == 0 ? DEFAULT_MAX_TOKENS : maxTokens;
    return Math.min(wanted, modelLimit);
  }
}
