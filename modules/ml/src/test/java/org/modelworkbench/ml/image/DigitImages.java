package org.modelworkbench.ml.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.modelworkbench.model.ImageNormalization;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.TrainingSettings;

/**
 * The 200 digit images in the test resources (20 per class, 8x8 grey), split by position within
 * each class: 14 train, 3 validation, 3 test.
 */
final class DigitImages {
  final List<Path> trainFiles = new ArrayList<>();
  final List<String> trainLabels = new ArrayList<>();
  final List<Path> validationFiles = new ArrayList<>();
  final List<String> validationLabels = new ArrayList<>();
  final List<Path> testFiles = new ArrayList<>();
  final List<String> testLabels = new ArrayList<>();

  /** The digits of the given classes. */
  static DigitImages of(int... classes) {
    DigitImages d = new DigitImages();
    for (int c : classes) {
      List<Path> files = files(folder().resolve(Integer.toString(c)));
      for (int i = 0; i < files.size(); i++) {
        String label = Integer.toString(c);
        if (i < 14) {
          d.trainFiles.add(files.get(i));
          d.trainLabels.add(label);
        } else if (i < 17) {
          d.validationFiles.add(files.get(i));
          d.validationLabels.add(label);
        } else {
          d.testFiles.add(files.get(i));
          d.testLabels.add(label);
        }
      }
    }
    return d;
  }

  static Path folder() {
    try {
      return Path.of(DigitImages.class.getResource("/digits").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path backboneFixture() {
    try {
      return Path.of(DigitImages.class.getResource("/models/digits04_backbone.pt").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings for a short run: CPU, batch 16, learning rate 0.01, no early stopping. */
  static TrainingSettings settings(int epochs, long seed) {
    TrainingSettings d = TrainingSettings.defaults("class", ModelKind.CNN);
    return new TrainingSettings("class", null, ModelKind.CNN, epochs, 16, 0.01, seed, "cpu", 1, null,
        List.of(), 0, d.validationFraction(), d.testFraction(), List.of());
  }

  /** A request on these images. */
  ImageTrainingRequest request(TrainingSettings settings, Path basePt, int freezeEpochs, Path dir) {
    return new ImageTrainingRequest(trainFiles, trainLabels, validationFiles, validationLabels,
        new ImageShape(1, 8, 8), settings, basePt, freezeEpochs, false, dir.resolve("model"),
        dir.resolve("checkpoints"), ImageNormalization.NONE);
  }

  /** Share of test images the saved model classifies correctly. */
  double testAccuracy(Path modelDir) {
    try (ImageModel model = ImageModel.load(modelDir)) {
      String[] predicted = model.predict(testFiles).predictedLabels();
      int correct = 0;
      for (int i = 0; i < predicted.length; i++) {
        correct += predicted[i].equals(testLabels.get(i)) ? 1 : 0;
      }
      return correct / (double) predicted.length;
    }
  }
}
