package org.modelworkbench.ml.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.torchscript.TorchScriptModel;
import org.modelworkbench.model.ImageNormalization;

/**
 * Image normalisation on the real engine: the values fed to a network are the scaled pixels
 * normalised per channel, and a TorchScript model trained on ImageNet-normalised digits (made by
 * {@code src/test/python/make_normalized_fixture.py}) is right on held-out digits only when fed so.
 */
class ImageNormalizationEngineTest {
  private static final Path MODEL = Path.of("src/test/resources/models/digits_rgb_imagenet.pt");
  private static final Path DIGITS = Path.of("src/test/resources/images/digits");

  @TempDir
  Path dir;

  @Test
  void theTensorsFedAreThePixelsScaledAndNormalisedPerChannel() throws Exception {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 2; x++) {
        image.setRGB(x, y, (255 << 16) | (128 << 8));
      }
    }
    Path png = dir.resolve("orange.png");
    ImageIO.write(image, "png", png.toFile());

    float[] plain = ImageTensors.load(new Path[] {png}, new long[] {3, 2, 2})[0];
    float[] normalised = ImageTensors.load(new Path[] {png}, new long[] {3, 2, 2}, ImageNormalization.IMAGENET)[0];

    assertThat(plain).containsExactly(1f, 1f, 1f, 1f, 128 / 255f, 128 / 255f, 128 / 255f, 128 / 255f, 0f, 0f, 0f, 0f);
    float[] expected = {(1f - 0.485f) / 0.229f, (128 / 255f - 0.456f) / 0.224f, (0f - 0.406f) / 0.225f};
    for (int i = 0; i < 12; i++) {
      assertThat(normalised[i]).isCloseTo(expected[i / 4], within(1e-5f));
    }
  }

  @Test
  void aModelTrainedOnNormalisedImagesIsRightOnlyWhenFedThem() throws Exception {
    List<Path> files = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      try (Stream<Path> list = Files.list(DIGITS.resolve(Integer.toString(d)))) {
        for (Path file : list.sorted().toList()) {
          files.add(file);
          classes.add(d);
        }
      }
    }
    long[] shape = {3, 8, 8};
    double plain;
    double normalised;
    try (TorchScriptModel model = TorchScriptModel.load(MODEL)) {
      plain = accuracy(model.forward(ImageTensors.load(files.toArray(Path[]::new), shape), shape), classes);
      normalised = accuracy(model.forward(ImageTensors.load(files.toArray(Path[]::new), shape,
          ImageNormalization.IMAGENET), shape), classes);
    }
    System.out.printf("digits_rgb_imagenet.pt on %d held-out digits: %.3f scaled to 0..1, %.3f ImageNet-normalised%n",
        files.size(), plain, normalised);
    assertThat(normalised).isGreaterThanOrEqualTo(0.95);
    assertThat(plain).isLessThan(normalised - 0.2);
  }

  private static double accuracy(float[][] outputs, List<Integer> classes) {
    int right = 0;
    for (int r = 0; r < outputs.length; r++) {
      int best = 0;
      for (int k = 1; k < outputs[r].length; k++) {
        best = outputs[r][k] > outputs[r][best] ? k : best;
      }
      right += best == classes.get(r) ? 1 : 0;
    }
    return right / (double) outputs.length;
  }
}
