package org.modelworkbench.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The one way the workbench decodes a picture file: with javax.imageio and TwelveMonkeys' JPEG
 * plug-in (so CMYK and YCCK JPEGs get their true colours), then turned upright as the file's EXIF
 * orientation tag says. Import, thumbnails, preview, training, prediction and reports all call
 * it, so a picture has the same pixels and the same width and height everywhere.
 */
public final class Pictures {
  private Pictures() {}

  /**
   * Decodes a whole picture at full size.
   *
   * @throws NotAPictureException when the bytes are empty or of no known format
   * @throws DamagedPictureException when the decoder fails on them
   */
  public static Picture decode(byte[] bytes) throws IOException {
    return decode(bytes, 0);
  }

  /**
   * Decodes a picture, skipping pixels of big pictures that a small view cannot show.
   *
   * @param longestSide the longest side the caller shows, in pixels; the result keeps at least
   *     this many along its longest side (or all it has), so a thumbnail of a 12-megapixel photo
   *     does not hold all of it. 0 decodes every pixel.
   * @throws NotAPictureException when the bytes are empty or of no known format
   * @throws DamagedPictureException when the decoder fails on them
   */
  public static Picture decode(byte[] bytes, int longestSide) throws IOException {
    if (bytes.length == 0) {
      throw new NotAPictureException("empty file");
    }
    PluginCheck.ensureRegistered();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new NotAPictureException("no decoder knows this format");
      }
      ImageReader reader = readers.next();
      String format = reader.getFormatName().toUpperCase(Locale.ROOT);
      List<String> warnings = new ArrayList<>();
      List<String> colourNotes = new ArrayList<>();
      reader.addIIOReadWarningListener((source, message) ->
          (DecoderWarnings.isAboutColour(message) ? colourNotes : warnings).add(message));
      BufferedImage stored;
      try {
        // Metadata is skipped (a cut-off PNG then fails with "end of file", not a metadata error);
        // the JPEG plug-in reads the Adobe marker and ICC profile it needs for CMYK on its own.
        reader.setInput(in, true, true);
        stored = reader.read(0, param(reader, longestSide));
      } catch (IOException | RuntimeException e) {
        throw new DamagedPictureException(format, e);
      } finally {
        reader.dispose();
      }
      int orientation = "JPEG".equals(format) ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
      return new Picture(Orientation.upright(stored, orientation), format, orientation, warnings,
          colourNotes);
    }
  }

  /**
   * Reads and decodes a picture file.
   *
   * @param longestSide as for {@link #decode(byte[], int)}; 0 for every pixel
   * @throws IOException when the file cannot be read, or as {@link #decode(byte[], int)}
   */
  public static Picture read(Path file, int longestSide) throws IOException {
    return decode(Files.readAllBytes(file), longestSide);
  }

  /**
   * The upright pixels of a picture file at full size, for training and prediction input.
   *
   * @throws IOException when the file cannot be read or decoded
   */
  public static BufferedImage upright(Path file) throws IOException {
    return read(file, 0).image();
  }

  private static ImageReadParam param(ImageReader reader, int longestSide) throws IOException {
    ImageReadParam param = reader.getDefaultReadParam();
    if (longestSide > 0) {
      int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
      int step = Math.max(1, longest / longestSide);
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
    }
    return param;
  }
}
