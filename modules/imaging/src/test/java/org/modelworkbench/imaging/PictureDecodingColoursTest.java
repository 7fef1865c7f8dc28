package org.modelworkbench.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.imaging.PictureFixtures.BLUE;
import static org.modelworkbench.imaging.PictureFixtures.ORANGE;
import static org.modelworkbench.imaging.PictureFixtures.channelDifference;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CMYK and YCCK JPEGs decode to the colours of their RGB original. */
class PictureDecodingColoursTest {
  /** Sampled pixels: inside the blue half and inside the orange half. */
  private static final int[][] SAMPLES = {{5, 5}, {2, 28}, {12, 16}, {25, 25}, {20, 3}, {30, 30}};

  @ParameterizedTest
  @ValueSource(strings = {PictureFixtures.BLUE_CMYK, PictureFixtures.BLUE_YCCK})
  void aFourChannelJpegHasTheColoursOfItsRgbOriginal(String fixture) throws IOException {
    BufferedImage original = Pictures.decode(PictureFixtures.bytes(PictureFixtures.BLUE_RGB)).image();
    Picture copy = Pictures.decode(PictureFixtures.bytes(fixture));

    assertThat(copy.format()).isEqualTo("JPEG");
    assertThat(copy.warnings()).as("a missing ICC profile is no damage").isEmpty();
    assertThat(copy.image().getWidth()).isEqualTo(32);
    assertThat(copy.image().getColorModel().getNumComponents()).isEqualTo(3);
    for (int[] at : SAMPLES) {
      int got = copy.image().getRGB(at[0], at[1]) & 0xffffff;
      int want = original.getRGB(at[0], at[1]) & 0xffffff;
      System.out.printf("%s (%d,%d): #%06x, original #%06x, largest channel difference %d%n",
          fixture, at[0], at[1], got, want, channelDifference(got, want));
      assertThat(channelDifference(got, want)).as("%s at (%d,%d)", fixture, at[0], at[1]).isLessThanOrEqualTo(10);
    }
    assertThat(channelDifference(copy.image().getRGB(5, 5), BLUE)).isLessThanOrEqualTo(10);
    assertThat(channelDifference(copy.image().getRGB(25, 25), ORANGE)).isLessThanOrEqualTo(10);
  }

  @Test
  void theJpegReaderInUseIsTwelveMonkeysNotTheJdks() throws IOException {
    Pictures.decode(PictureFixtures.bytes(PictureFixtures.BLUE_RGB));
    byte[] cmyk = PictureFixtures.bytes(PictureFixtures.BLUE_CMYK);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(cmyk))) {
      ImageReader first = ImageIO.getImageReaders(in).next();
      assertThat(first.getClass().getName()).startsWith("com.twelvemonkeys.imageio.plugins.jpeg.");
    }
  }
}
