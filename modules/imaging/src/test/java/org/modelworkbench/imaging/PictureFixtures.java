package org.modelworkbench.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed picture fixtures (made by {@code fixtures/make_fixtures.py}), for this module's
 * tests and, through its test jar, the data and ml modules' tests.
 */
public final class PictureFixtures {
  /** RGB original: blue #2778c7 on the left half, orange #e07b39 on the right, 32×32. */
  public static final String BLUE_RGB = "blue_rgb.jpg";
  /** {@link #BLUE_RGB} as a CMYK JPEG. */
  public static final String BLUE_CMYK = "blue_cmyk.jpg";
  /** {@link #BLUE_RGB} as a YCCK JPEG. */
  public static final String BLUE_YCCK = "blue_ycck.jpg";
  /** Stored 48×32, red block (16×12) in the stored top-left corner, green elsewhere, no EXIF. */
  public static final String PLAIN = "plain.jpg";
  /** {@link #PLAIN} tagged EXIF orientation 6: upright it is 32×48 with red at the top right. */
  public static final String ROTATE_90_CW = "orient6.jpg";
  /** {@link #PLAIN} tagged EXIF orientation 8: upright it is 32×48 with red at the bottom left. */
  public static final String ROTATE_90_CCW = "orient8.jpg";
  /** {@link #PLAIN} tagged EXIF orientation 3: upright it is 48×32 with red at the bottom right. */
  public static final String ROTATE_180 = "orient3.jpg";

  /** The blue, orange, red and green of the fixtures, as 0xRRGGBB. */
  public static final int BLUE = 0x2778c7;
  public static final int ORANGE = 0xe07b39;
  public static final int RED = 0xdc1e1e;
  public static final int GREEN = 0x28a03c;

  private PictureFixtures() {}

  /** The bytes of one fixture. */
  public static byte[] bytes(String name) {
    try (InputStream in = PictureFixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a fixture into {@code folder} (a test's temporary folder) under its own name. */
  public static Path copy(String name, Path folder) {
    return copy(name, folder, name);
  }

  /** Writes a fixture into {@code folder} under {@code as}. */
  public static Path copy(String name, Path folder, String as) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(as), bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest difference of the red, green and blue parts of two 0xRRGGBB colours. */
  public static int channelDifference(int rgb, int expected) {
    int most = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      most = Math.max(most, Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)));
    }
    return most;
  }
}
