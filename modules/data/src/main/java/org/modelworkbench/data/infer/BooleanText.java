package org.modelworkbench.data.infer;

/**
 * Recognises {@code true} and {@code false} in any case. Words such as yes/no or y/n stay text, so
 * an analyst's own labels ("yes", "no") come back as written in class balances, confusion matrices
 * and predictions. The digits 0 and 1 are not booleans either: such a column stays whole numbers.
 */
final class BooleanText {
  private BooleanText() {}

  /** The truth value of the text, or null when it is not true or false. */
  static Boolean parse(String s) {
    switch (s.length()) {
      case 4:
        return s.equalsIgnoreCase("true") ? Boolean.TRUE : null;
      case 5:
        return s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      default:
        return null;
    }
  }
}
