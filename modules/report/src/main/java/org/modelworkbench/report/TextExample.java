package org.modelworkbench.report;

import java.util.Objects;

/**
 * A test text with what the model made of it, for the report's examples per class.
 *
 * @param actual its true class
 * @param predicted the class the model gave it
 * @param probability the model's probability for the predicted class
 * @param text the whole text, raw; the report shortens it to one line and escapes it
 */
public record TextExample(String actual, String predicted, double probability, String text) {
  /** Checks the classes; a null text counts as empty. */
  public TextExample {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(predicted, "predicted");
    text = text == null ? "" : text;
  }

  /** Whether the model got it right. */
  public boolean correct() {
    return actual.equals(predicted);
  }
}
