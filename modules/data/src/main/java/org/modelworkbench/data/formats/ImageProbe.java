package org.modelworkbench.data.formats;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import org.modelworkbench.imaging.DamagedPictureException;
import org.modelworkbench.imaging.NotAPictureException;
import org.modelworkbench.imaging.Picture;
import org.modelworkbench.imaging.Pictures;

/**
 * Decodes an image fully, upright and in its true colours (see {@link Pictures}), to prove it is
 * readable, and reports its size as shown (width and height swapped for a photo turned a quarter
 * by its EXIF tag) and its channels. A decoder warning about the data (such as a JPEG that ends
 * early) counts as damage.
 */
final class ImageProbe {
  private ImageProbe() {}

  /**
   * What a readable image is.
   *
   * @param width pixels across, upright
   * @param height pixels down, upright
   * @param channels 1 for grey, 3 for colour, 4 with transparency
   */
  record ImageInfo(int width, int height, int channels) {}

  /** Why an image cannot be used, in words that fit "not a readable image (...)". */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason);
    }
  }

  /**
   * Decodes the bytes of one image file.
   *
   * @throws Unreadable when the bytes are empty, of no known image format, truncated or damaged
   */
  static ImageInfo probe(byte[] bytes) throws Unreadable {
    if (bytes.length == 0) {
      throw new Unreadable("empty file");
    }
    Picture picture;
    try {
      picture = Pictures.decode(bytes);
    } catch (NotAPictureException e) {
      throw new Unreadable("not PNG, JPEG, BMP or GIF");
    } catch (DamagedPictureException e) {
      throw new Unreadable(damage(String.valueOf(e.getMessage()), e.getCause()) + " " + e.format());
    } catch (IOException e) {
      throw new Unreadable("damaged file");
    }
    if (!picture.warnings().isEmpty()) {
      throw new Unreadable(damage(String.join(" ", picture.warnings()), null) + " " + picture.format());
    }
    BufferedImage image = picture.image();
    return new ImageInfo(image.getWidth(), image.getHeight(), channels(image.getColorModel()));
  }

  private static String damage(String message, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return "truncated";
      }
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("premature end") || lower.contains("unexpected end") || lower.contains("eof")
        ? "truncated" : "damaged";
  }

  /** 1 for grey, 3 for colour, 4 when the image has transparency. */
  static int channels(ColorModel model) {
    if (model.hasAlpha()) {
      return 4;
    }
    if (model instanceof IndexColorModel palette) {
      for (int i = 0; i < palette.getMapSize(); i++) {
        if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
          return 3;
        }
      }
      return 1;
    }
    return model.getColorSpace().getType() == ColorSpace.TYPE_GRAY ? 1 : 3;
  }
}
