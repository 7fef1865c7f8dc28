package org.modelworkbench.imaging;

import java.util.Locale;

/**
 * Tells a decoder's remark on colour handling from a complaint about the data. TwelveMonkeys warns
 * when a CMYK JPEG has no ICC profile or a broken one and converts it anyway; such a picture is
 * sound, while a warning like "Premature end of JPEG file" means damage.
 */
final class DecoderWarnings {
  private DecoderWarnings() {}

  static boolean isAboutColour(String message) {
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return lower.contains("icc") || lower.contains("color profile") || lower.contains("color space")
        || lower.contains("colorspace");
  }
}
