package org.modelworkbench.data.csv;

/**
 * Counts the signs of text read in the wrong single-byte charset: a symbol, a superscript digit or
 * a control character standing between two letters, as in {@code Wroc³aw} (Polish windows-1250
 * read as windows-1252) or {@code mo¿e}. Such characters never join the letters of a word in
 * real text, while the letters of one code page often become exactly those in another.
 *
 * <p>This is no detector of its own: it only vetoes an answer of the detectors when another of
 * their candidates reads the same bytes without broken words (see {@link LegacyCharsetDetector}).
 * On a few short words their language models can be unsure; ICU4J named windows-1252 for
 * "Miasto,Ludność / Łódź / Gdańsk".
 */
final class BrokenWords {
  private BrokenWords() {}

  /** How many characters in the text stand between two letters but cannot belong to a word. */
  static int count(CharSequence text) {
    int broken = 0;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
          && cannotJoinLetters(text.charAt(i))) {
        broken++;
      }
    }
    return broken;
  }

  private static boolean cannotJoinLetters(char c) {
    // ASCII says nothing here: a line break or a comma between letters is CSV, not a misreading.
    if (c < '\u0080') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_NUMBER, Character.CONTROL, Character.PRIVATE_USE,
          Character.UNASSIGNED -> {
        return true;
      }
      default -> {
        // ¿ ¡ § ¶ are punctuation outside ASCII that no word holds; the middle dot does (Catalan l·l).
        return c == '\u00BF' || c == '\u00A1' || c == '\u00A7' || c == '\u00B6';
      }
    }
  }
}
