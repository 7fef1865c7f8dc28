package org.modelworkbench.app.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.imaging.PictureFixtures.BLUE;
import static org.modelworkbench.imaging.PictureFixtures.GREEN;
import static org.modelworkbench.imaging.PictureFixtures.RED;
import static org.modelworkbench.imaging.PictureFixtures.channelDifference;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.imaging.PictureFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's thumbnails and preview (their {@link LoadingPicture}) show a phone photo upright
 * and a CMYK JPEG in its true colours: they go through the same decoding as import and training.
 */
@ExtendWith(ApplicationExtension.class)
class PictureDecodingWindowTest extends FxRobot {
  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    stage.show();
  }

  @Test
  void aPhotoTaggedRotateClockwiseIsShownUpright() throws TimeoutException {
    Image image = loaded(LoadingPicture.load(PictureFixtures.copy(PictureFixtures.ROTATE_90_CW, dir), 96));

    assertThat(image.getWidth()).isEqualTo(64);
    assertThat(image.getHeight()).isEqualTo(96);
    assertThat(channelDifference(image.getPixelReader().getArgb(56, 6), RED)).isLessThanOrEqualTo(10);
    assertThat(channelDifference(image.getPixelReader().getArgb(6, 90), GREEN)).isLessThanOrEqualTo(10);
  }

  @Test
  void aCmykJpegIsShownInItsTrueColours() throws TimeoutException {
    Image image = loaded(LoadingPicture.load(PictureFixtures.copy(PictureFixtures.BLUE_CMYK, dir), 96));

    int got = image.getPixelReader().getArgb(15, 15) & 0xffffff;
    // The JDK's ImageIO alone gives #6db6e5 here.
    assertThat(channelDifference(got, BLUE)).as("#%06x", got).isLessThanOrEqualTo(10);
  }

  @Test
  void aFileThatIsNoPictureIsMarkedFailed() throws TimeoutException {
    LoadingPicture picture = LoadingPicture.load(dir.resolve("missing.jpg"), 96);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, picture::isFailed);
    assertThat(picture.imageProperty().get()).isNull();
  }

  private static Image loaded(LoadingPicture picture) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picture.imageProperty().get() != null);
    return picture.imageProperty().get();
  }
}
