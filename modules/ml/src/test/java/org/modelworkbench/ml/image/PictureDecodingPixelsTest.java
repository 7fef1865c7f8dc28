package org.modelworkbench.ml.image;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.imaging.PictureFixtures;
import org.modelworkbench.ml.engine.EngineSetup;
import org.modelworkbench.model.ImageNormalization;

/** Training input is upright: a photo tagged "rotate 90° anticlockwise" is learnt as a person sees it. */
class PictureDecodingPixelsTest {
  @TempDir
  Path dir;

  @Test
  void aPhotoTaggedRotateAnticlockwiseTrainsUpright() {
    Path photo = PictureFixtures.copy(PictureFixtures.ROTATE_90_CCW, dir);
    EngineSetup.engine();
    float[] chw;
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.ENGINE_NAME)) {
      chw = ImagePixels.load(manager, List.of(photo), new ImageShape(3, 48, 32), ImageNormalization.NONE)[0];
    }

    int plane = 48 * 32;
    int bottomLeft = 44 * 32 + 3;
    int topRight = 3 * 32 + 28;
    // Red is (220, 30, 30) and green (40, 160, 60): the red channel tells them apart.
    assertThat(chw[bottomLeft] * 255).as("red at the bottom left").isGreaterThan(200);
    assertThat(chw[plane + bottomLeft] * 255).isLessThan(50);
    assertThat(chw[topRight] * 255).as("green at the top right").isLessThan(60);
    assertThat(chw[plane + topRight] * 255).isGreaterThan(140);
  }
}
