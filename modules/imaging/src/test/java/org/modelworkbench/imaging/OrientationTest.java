package org.modelworkbench.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every EXIF orientation value on a 3×2 picture of six different grey levels. */
class OrientationTest {
  /**
   * Stored rows "a b c / d e f"; each case lists the upright rows, read left to right and top to
   * bottom, as the EXIF specification draws them.
   */
  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({
      "1, 3, abc def",
      "2, 3, cba fed",
      "3, 3, fed cba",
      "4, 3, def abc",
      "5, 2, ad be cf",
      "6, 2, da eb fc",
      "7, 2, fc eb da",
      "8, 2, cf be ad"})
  void picturesComeOutUpright(int orientation, int width, String rows) {
    BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    String letters = "abcdef";
    for (int i = 0; i < 6; i++) {
      stored.getRaster().setSample(i % 3, i / 3, 0, level(letters.charAt(i)));
    }

    BufferedImage upright = Orientation.upright(stored, orientation);

    assertThat(upright.getWidth()).isEqualTo(width);
    assertThat(upright.getType()).as("grey stays grey").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    StringBuilder seen = new StringBuilder();
    for (int y = 0; y < upright.getHeight(); y++) {
      seen.append(y == 0 ? "" : " ");
      for (int x = 0; x < upright.getWidth(); x++) {
        seen.append(letters.charAt(upright.getRaster().getSample(x, y, 0) / 40 - 1));
      }
    }
    assertThat(seen.toString()).isEqualTo(rows);
    assertThat(Orientation.swapsSides(orientation)).isEqualTo(width == 2);
  }

  private static int level(char letter) {
    return (letter - 'a' + 1) * 40;
  }
}
