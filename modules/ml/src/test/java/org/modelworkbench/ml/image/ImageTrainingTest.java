package org.modelworkbench.ml.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.TrainingSettings;

/** Image training with the real engine on 200 digit images (8x8 grey, 10 classes). */
class ImageTrainingTest {
  @TempDir Path dir;

  @Test
  void cnnFromScratchLearnsDigitsAndIsDeterministic() throws Exception {
    DigitImages digits = DigitImages.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    TrainingSettings settings = DigitImages.settings(8, 3);

    TrainingOutcome first = new ImageTrainer().train(digits.request(settings, null, 0, dir.resolve("a")),
        new TrainingListener() {}, CancellationToken.none());
    TrainingOutcome second = new ImageTrainer().train(digits.request(settings, null, 0, dir.resolve("b")),
        new TrainingListener() {}, CancellationToken.none());

    double accuracy = digits.testAccuracy(dir.resolve("a/model"));
    System.out.printf("CNN from scratch, 8 epochs, 140 training images: test accuracy %.3f%n", accuracy);
    assertThat(first.cancelled()).isFalse();
    assertThat(first.curve()).hasSize(8);
    assertThat(accuracy).isGreaterThan(0.5); // chance is 0.1
    assertThat(scores(second.curve())).isEqualTo(scores(first.curve()));
    assertThat(Files.readAllBytes(dir.resolve("b/model").resolve(ImageFiles.PARAMETERS)))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/model").resolve(ImageFiles.PARAMETERS)));
  }

  @Test
  void cancelledRunResumesFromItsCheckpointWithAContinuousCurve() {
    DigitImages digits = DigitImages.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    TrainingSettings settings = DigitImages.settings(5, 11);
    ImageTrainingRequest request = digits.request(settings, null, 0, dir.resolve("run"));
    CancellationToken cancel = new CancellationToken();

    TrainingOutcome stopped = new ImageTrainer().train(request, new TrainingListener() {
      @Override
      public void onEpoch(EpochMetrics epoch) {
        if (epoch.epoch() == 2) {
          cancel.cancel();
        }
      }
    }, cancel);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(ImageTrainer.hasCheckpoint(request.checkpointDir())).isTrue();

    TrainingOutcome resumed = new ImageTrainer().train(request, new TrainingListener() {},
        CancellationToken.none());

    assertThat(resumed.cancelled()).isFalse();
    assertThat(resumed.curve()).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3, 4, 5);
    assertThat(resumed.curve().subList(0, 2)).isEqualTo(stopped.curve());
    assertThat(resumed.curve().get(2).elapsedMillis())
        .isGreaterThanOrEqualTo(stopped.curve().get(1).elapsedMillis());
    assertThat(digits.testAccuracy(request.modelDir())).isGreaterThan(0.3);
  }

  @Test
  void fineTunesATorchScriptBackboneOnClassesItNeverSaw() {
    DigitImages digits = DigitImages.of(5, 6, 7, 8, 9);
    Path base = DigitImages.backboneFixture();

    new ImageTrainer().train(digits.request(fineTuning(10), base, 10, dir.resolve("frozen")),
        new TrainingListener() {}, CancellationToken.none());
    TrainingOutcome tuned = new ImageTrainer().train(
        digits.request(fineTuning(20), base, 10, dir.resolve("tuned")),
        new TrainingListener() {}, CancellationToken.none());

    double headOnly = digits.testAccuracy(dir.resolve("frozen/model"));
    double fineTuned = digits.testAccuracy(dir.resolve("tuned/model"));
    System.out.printf("Fine-tune digits 0-4 backbone on 5-9: head only (frozen, 10 epochs) %.3f,"
        + " after unfreezing (10 more epochs) %.3f; best epoch %d%n", headOnly, fineTuned, tuned.bestEpoch());
    try (ImageModel model = ImageModel.load(dir.resolve("tuned/model"))) {
      assertThat(model.fineTuned()).isTrue();
      assertThat(model.inputShape()).isEqualTo("1x16x16"); // the base's input, not the data's 8x8
      assertThat(model.classLabels()).containsExactly("5", "6", "7", "8", "9");
    }
    assertThat(fineTuned).isGreaterThan(0.5); // chance is 0.2
  }

  /** Batches of 8 at learning rate 0.01 (a tenth of it after unfreezing). */
  private static TrainingSettings fineTuning(int epochs) {
    TrainingSettings s = DigitImages.settings(epochs, 5);
    return new TrainingSettings(s.target(), null, s.modelKind(), epochs, 8, 0.01, 5, "cpu", 1, null,
        List.of(), 0, s.validationFraction(), s.testFraction(), List.of());
  }

  /** The curve without its timings. */
  private static List<List<Double>> scores(List<EpochMetrics> curve) {
    return curve.stream()
        .map(e -> List.of(e.trainLoss(), e.validationLoss(), e.validationMetric()))
        .toList();
  }
}
