package org.modelworkbench.data.formats;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an image fully with javax.imageio to prove it is readable, and reports its size and
 * channels. A decoder warning (such as a JPEG that ends early) counts as damage.
 */
final class ImageProbe {
  private ImageProbe() {}

  /**
   * What a readable image is.
   *
   * @param width pixels across
   * @param height pixels down
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
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new Unreadable("not PNG, JPEG, BMP or GIF");
      }
      ImageReader reader = readers.next();
      String format = reader.getFormatName().toUpperCase(Locale.ROOT);
      StringBuilder warning = new StringBuilder();
      reader.addIIOReadWarningListener((source, message) -> warning.append(message));
      try {
        reader.setInput(in, true, true);
        BufferedImage image = reader.read(0);
        if (warning.length() > 0) {
          throw new Unreadable(damage(warning.toString(), null) + " " + format);
        }
        return new ImageInfo(image.getWidth(), image.getHeight(), channels(image.getColorModel()));
      } catch (IOException | RuntimeException e) {
        throw new Unreadable(damage(String.valueOf(e.getMessage()), e) + " " + format);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new Unreadable("damaged file");
    }
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
