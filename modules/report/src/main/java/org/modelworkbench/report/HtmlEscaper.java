package org.modelworkbench.report;

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * <p>Every string that came from data (dataset, column and class names, file names, error text)
 * passes through here, so a column called {@code <script>} shows as text and never runs. Control
 * characters that HTML forbids become U+FFFD, which also keeps the file well-formed XML.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  /** The text with {@code & < > " '} escaped; null becomes the empty string. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            out.append(isForbidden(c) ? '\uFFFD' : c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean isForbidden(char c) {
    boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    // A surrogate reaching here is unpaired and cannot be encoded.
    return control || c == 0x7F || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
  }
}
