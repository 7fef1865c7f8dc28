package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.imaging.PictureFixtures.BLUE;
import static org.modelworkbench.imaging.PictureFixtures.GREEN;
import static org.modelworkbench.imaging.PictureFixtures.RED;
import static org.modelworkbench.imaging.PictureFixtures.channelDifference;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.imaging.PictureFixtures;
import org.modelworkbench.services.datasets.PictureThumbnails;

/** The window's thumbnails and preview show photos upright and CMYK JPEGs in their true colours. */
class PictureDecodingThumbnailsTest {
  @TempDir
  Path dir;

  @Test
  void aPhotoTaggedRotateClockwiseIsShownUprightInItsBox() throws IOException {
    BufferedImage thumbnail = PictureThumbnails.fit(PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, dir), 96);

    assertThat(thumbnail.getWidth()).isEqualTo(64);
    assertThat(thumbnail.getHeight()).isEqualTo(96);
    assertThat(channelDifference(thumbnail.getRGB(56, 6), RED)).as("top right").isLessThanOrEqualTo(10);
    assertThat(channelDifference(thumbnail.getRGB(6, 6), GREEN)).as("top left").isLessThanOrEqualTo(10);
    assertThat(channelDifference(thumbnail.getRGB(6, 90), GREEN)).as("bottom left").isLessThanOrEqualTo(10);
  }

  @Test
  void aCmykJpegIsShownInItsTrueColoursAndABigPreviewShrinksIt() throws IOException {
    Path cmyk = PictureFixtures.copy(PictureFixtures.BLUE_CMYK, dir);

    BufferedImage preview = PictureThumbnails.fit(cmyk, 560);
    BufferedImage small = PictureThumbnails.fit(cmyk, 16);

    assertThat(preview.getWidth()).isEqualTo(560);
    assertThat(channelDifference(preview.getRGB(87, 87), BLUE)).isLessThanOrEqualTo(10);
    assertThat(small.getWidth()).isEqualTo(16);
    assertThat(channelDifference(small.getRGB(2, 2), BLUE)).isLessThanOrEqualTo(10);
  }
}
