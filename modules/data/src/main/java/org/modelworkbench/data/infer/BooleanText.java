package org.modelworkbench.data.infer;

/**
 * Recognises yes/no words: {@code true/false}, {@code yes/no} and {@code y/n} in any case. The
 * digits 0 and 1 are deliberately not booleans: such a column stays a whole-number column.
 */
final class BooleanText {
  private BooleanText() {}

  /** The truth value of the text, or null when it is not a yes/no word. */
  static Boolean parse(String s) {
    switch (s.length()) {
      case 1:
        char c = Character.toLowerCase(s.charAt(0));
        return c == 'y' ? Boolean.TRUE : c == 'n' ? Boolean.FALSE : null;
      case 2:
        return s.equalsIgnoreCase("no") ? Boolean.FALSE : null;
      case 3:
        return s.equalsIgnoreCase("yes") ? Boolean.TRUE : null;
      case 4:
        return s.equalsIgnoreCase("true") ? Boolean.TRUE : null;
      case 5:
        return s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      default:
        return null;
    }
  }
}
