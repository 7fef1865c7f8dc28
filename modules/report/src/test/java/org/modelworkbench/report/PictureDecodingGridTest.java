package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.modelworkbench.imaging.PictureFixtures;

/** The report's grid of mistakes shows a phone photo upright, as the window does. */
class PictureDecodingGridTest {
  @Test
  void aPhotoTaggedRotateClockwiseIsDrawnUpright() throws IOException {
    Thumbnail photo = new Thumbnail("phone/orient6.jpg", "cat", "dog", 0.9,
        PictureFixtures.bytes(PictureFixtures.ROTATE_90_CW));

    BufferedImage grid = ImageIO.read(new ByteArrayInputStream(MistakesGrid.render(List.of(photo))));

    // The 128-pixel square of the first cell starts at (32, 8); upright the photo is 32×48, so it
    // is drawn 85×128, centred: x 53 to 138.
    assertThat(PictureFixtures.channelDifference(grid.getRGB(128, 18), PictureFixtures.RED))
        .as("red at the top right").isLessThanOrEqualTo(12);
    assertThat(PictureFixtures.channelDifference(grid.getRGB(63, 126), PictureFixtures.GREEN))
        .as("green at the bottom left").isLessThanOrEqualTo(12);
    assertThat(PictureFixtures.channelDifference(grid.getRGB(63, 18), PictureFixtures.GREEN))
        .as("green at the top left").isLessThanOrEqualTo(12);
  }
}
