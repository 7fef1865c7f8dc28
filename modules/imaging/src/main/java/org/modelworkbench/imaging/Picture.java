package org.modelworkbench.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A decoded picture, already turned upright.
 *
 * @param image the pixels as a person should see them; CMYK and YCCK JPEGs come out as RGB, and the
 *     colour model is otherwise the decoder's (grey stays grey, transparency stays)
 * @param format the decoder's format name, upper case ("JPEG", "PNG")
 * @param orientation the EXIF orientation the file asked for, 1 (as stored) to 8; 1 without a tag
 * @param warnings what the decoder complained about the data while reading (a JPEG that ends early
 *     decodes with a warning); empty for a sound file
 * @param colourNotes the decoder's remarks on colour conversion, not damage (a CMYK JPEG without an
 *     ICC profile is converted with a plain formula and says so)
 */
public record Picture(BufferedImage image, String format, int orientation, List<String> warnings,
    List<String> colourNotes) {
  /** Copies the lists so the record stays unchanged. */
  public Picture {
    warnings = List.copyOf(warnings);
    colourNotes = List.copyOf(colourNotes);
  }
}
