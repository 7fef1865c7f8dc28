package org.modelworkbench.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.imaging.PictureFixtures.GREEN;
import static org.modelworkbench.imaging.PictureFixtures.RED;
import static org.modelworkbench.imaging.PictureFixtures.channelDifference;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos tagged with an EXIF orientation come out upright: the stored 48×32 picture with red in its
 * stored top-left corner lands with red where a person sees it.
 */
class PictureOrientationTest {
  @TempDir
  Path dir;

  @Test
  void anUntaggedPictureIsLeftAsStored() throws IOException {
    Picture picture = Pictures.decode(PictureFixtures.bytes(PictureFixtures.PLAIN));
    assertThat(picture.orientation()).isEqualTo(1);
    assertCorners(picture.image(), 48, 32, Corner.TOP_LEFT);
  }

  @Test
  void orientationSixIsTurnedAQuarterClockwise() throws IOException {
    Picture picture = Pictures.read(PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, dir), 0);
    assertThat(picture.orientation()).isEqualTo(6);
    assertThat(picture.warnings()).isEmpty();
    assertCorners(picture.image(), 32, 48, Corner.TOP_RIGHT);
  }

  @Test
  void orientationEightIsTurnedAQuarterAnticlockwise() throws IOException {
    Picture picture = Pictures.decode(PictureFixtures.bytes(PictureFixtures.ROTATE_90_CCW));
    assertThat(picture.orientation()).isEqualTo(8);
    assertCorners(picture.image(), 32, 48, Corner.BOTTOM_LEFT);
  }

  @Test
  void orientationThreeIsTurnedHalfway() throws IOException {
    Picture picture = Pictures.decode(PictureFixtures.bytes(PictureFixtures.ROTATE_180));
    assertThat(picture.orientation()).isEqualTo(3);
    assertCorners(picture.image(), 48, 32, Corner.BOTTOM_RIGHT);
  }

  @Test
  void aSmallViewGetsFewerPixelsStillUpright() throws IOException {
    Picture picture = Pictures.decode(PictureFixtures.bytes(PictureFixtures.ROTATE_90_CW), 16);
    // Every third pixel of the stored 48×32: 16×11, then turned.
    assertThat(picture.image().getWidth()).isEqualTo(11);
    assertThat(picture.image().getHeight()).isEqualTo(16);
    assertThat(channelDifference(picture.image().getRGB(9, 1), RED)).isLessThanOrEqualTo(12);
    assertThat(channelDifference(picture.image().getRGB(1, 14), GREEN)).isLessThanOrEqualTo(12);
  }

  @Test
  void thePathAndFullSizeShortcutGivesTheSameUprightPixels() throws IOException {
    BufferedImage image = Pictures.upright(PictureFixtures.copy(PictureFixtures.ROTATE_90_CCW, dir));
    assertCorners(image, 32, 48, Corner.BOTTOM_LEFT);
  }

  private enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

  /** Checks the size, that the red corner is where expected and that the other three are green. */
  private static void assertCorners(BufferedImage image, int width, int height, Corner red) {
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    int inset = 3;
    for (Corner corner : Corner.values()) {
      int x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? inset : width - 1 - inset;
      int y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? inset : height - 1 - inset;
      int expected = corner == red ? RED : GREEN;
      assertThat(channelDifference(image.getRGB(x, y), expected)).as("%s at (%d,%d)", corner, x, y)
          .isLessThanOrEqualTo(10);
    }
  }
}
