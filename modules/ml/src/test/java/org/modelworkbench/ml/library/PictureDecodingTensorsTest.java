package org.modelworkbench.ml.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.imaging.PictureFixtures.BLUE;
import static org.modelworkbench.imaging.PictureFixtures.GREEN;
import static org.modelworkbench.imaging.PictureFixtures.RED;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.imaging.PictureFixtures;

/**
 * Prediction and evaluation input (the tensors fed to a library model) is upright and in true
 * colours: an EXIF-rotated phone photo and a CMYK print JPEG give the pixels a person sees.
 */
class PictureDecodingTensorsTest {
  @TempDir
  Path dir;

  @Test
  void aPhotoTaggedRotateClockwiseIsFedUpright() {
    Path photo = PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, dir);

    // Upright the photo is 32 wide and 48 high, so this shape needs no resizing.
    float[] chw = ImageTensors.load(new Path[] {photo}, new long[] {3, 48, 32})[0];

    assertThat(rgb(chw, 48, 32, 28, 3)).as("top right").satisfies(c -> near(c, RED));
    assertThat(rgb(chw, 48, 32, 3, 3)).as("top left").satisfies(c -> near(c, GREEN));
    assertThat(rgb(chw, 48, 32, 3, 44)).as("bottom left").satisfies(c -> near(c, GREEN));
  }

  @Test
  void aCmykJpegIsFedItsTrueColours() {
    Path cmyk = PictureFixtures.copy(PictureFixtures.BLUE_CMYK, dir);

    float[] chw = ImageTensors.load(new Path[] {cmyk}, new long[] {3, 32, 32})[0];

    int got = rgb(chw, 32, 32, 5, 5);
    System.out.printf("CMYK JPEG fed to a model, pixel (5,5): #%06x (original #%06x, largest difference %d)%n",
        got, BLUE, PictureFixtures.channelDifference(got, BLUE));
    near(got, BLUE);
  }

  /** The colour at (x, y) of a channels-first array scaled to [0, 1], as 0xRRGGBB. */
  static int rgb(float[] chw, int height, int width, int x, int y) {
    int plane = height * width;
    int at = y * width + x;
    int r = Math.round(chw[at] * 255);
    int g = Math.round(chw[plane + at] * 255);
    int b = Math.round(chw[2 * plane + at] * 255);
    return (r << 16) | (g << 8) | b;
  }

  private static void near(int rgb, int expected) {
    assertThat(PictureFixtures.channelDifference(rgb, expected))
        .as("#%06x against #%06x", rgb, expected).isLessThanOrEqualTo(10);
  }
}
