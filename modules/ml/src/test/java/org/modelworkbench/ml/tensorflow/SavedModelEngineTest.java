package org.modelworkbench.ml.tensorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.ml.library.ImageTensors;
import org.modelworkbench.ml.training.TrainingListener;
import org.modelworkbench.ml.training.TrainingOutcome;
import org.modelworkbench.model.CancellationToken;

/** The real TensorFlow engine: natives from the class path, a SavedModel built, run and trained. */
class SavedModelEngineTest {
  @TempDir
  Path work;

  @Test
  void buildsRunsAndTrainsASavedModelThroughItsOwnSignatures() throws Exception {
    long start = System.nanoTime();
    TensorFlowSetup.engine();
    System.out.printf("TensorFlow %s start: %d ms (this JVM), setup() again: %d ms%n", TensorFlowSetup.version(),
        TensorFlowSetup.startMillis(), (System.nanoTime() - start) / 1_000_000 - TensorFlowSetup.startMillis());
    assertThat(TensorFlowSetup.version()).startsWith("2.");

    Path base = work.resolve("tiny");
    TinySavedModel.build(base, 7);
    Digits low = Digits.of(0, 1, 2, 3, 4);
    Path trained = work.resolve("trained");
    TrainingOutcome outcome = new SavedModelTrainer().train(new SavedModelTrainingRequest(base, low.train, low.trainY,
        low.test, low.testY, new long[] {8, 8, 1}, SavedModelRunner.SERVING, 30, 8, 10, 1, work.resolve("ck"),
        trained), new TrainingListener() {}, CancellationToken.none());
    assertThat(outcome.bestEpoch()).isPositive();
    double after = accuracy(trained, low.test, low.testY);
    System.out.printf("digits 0-4: untrained %.3f, after train signature %.3f (best epoch %d)%n",
        accuracy(base, low.test, low.testY), after, outcome.bestEpoch());
    assertThat(after).isGreaterThan(0.8);

    Digits high = Digits.of(5, 6, 7, 8, 9);
    double before = accuracy(trained, high.test, high.testY);
    TrainingOutcome again = new SavedModelTrainer().train(new SavedModelTrainingRequest(trained, high.train,
        high.trainY, high.test, high.testY, new long[] {8, 8, 1}, SavedModelRunner.SERVING, 20, 8, 10, 1,
        work.resolve("ck2"), work.resolve("retrained")), new TrainingListener() {
          @Override
          public void onEpoch(org.modelworkbench.model.EpochMetrics e) {
            System.out.printf("epoch %d loss %.3f val_accuracy %.3f%n", e.epoch(), e.trainLoss(), e.validationMetric());
          }
        }, CancellationToken.none());
    double afterHigh = accuracy(work.resolve("retrained"), high.test, high.testY);
    System.out.printf("digits 5-9 from the digits 0-4 model: before %.3f, after %.3f (best epoch %d)%n", before,
        afterHigh, again.bestEpoch());
    assertThat(afterHigh).isGreaterThan(before + 0.3);

    try (SavedModelRunner features = SavedModelRunner.load(trained, "features")) {
      assertThat(features.forward(new float[][] {low.test[0]}, new long[] {8, 8, 1})[0]).hasSize(32);
    }
  }

  static double accuracy(Path model, float[][] x, int[] y) {
    try (SavedModelRunner runner = SavedModelRunner.load(model, SavedModelRunner.SERVING)) {
      float[][] out = runner.forwardAll(x, new long[] {8, 8, 1}, 64);
      int correct = 0;
      for (int i = 0; i < out.length; i++) {
        int best = 0;
        for (int c = 1; c < out[i].length; c++) {
          best = out[i][c] > out[i][best] ? c : best;
        }
        correct += best == y[i] ? 1 : 0;
      }
      return (double) correct / out.length;
    }
  }

  /** The test digits of some classes, 15 train and 5 test images per class. */
  static final class Digits {
    float[][] train;
    int[] trainY;
    float[][] test;
    int[] testY;

    static Digits of(int... classes) throws IOException, URISyntaxException {
      Path root = Path.of(Digits.class.getResource("/digits").toURI());
      List<Path> trainFiles = new ArrayList<>();
      List<Path> testFiles = new ArrayList<>();
      List<Integer> trainLabels = new ArrayList<>();
      List<Integer> testLabels = new ArrayList<>();
      for (int c : classes) {
        try (Stream<Path> files = Files.list(root.resolve(Integer.toString(c)))) {
          List<Path> sorted = files.sorted().toList();
          for (int i = 0; i < sorted.size(); i++) {
            (i < 15 ? trainFiles : testFiles).add(sorted.get(i));
            (i < 15 ? trainLabels : testLabels).add(c);
          }
        }
      }
      Digits d = new Digits();
      d.train = ImageTensors.load(trainFiles.toArray(Path[]::new), new long[] {1, 8, 8});
      d.test = ImageTensors.load(testFiles.toArray(Path[]::new), new long[] {1, 8, 8});
      d.trainY = trainLabels.stream().mapToInt(Integer::intValue).toArray();
      d.testY = testLabels.stream().mapToInt(Integer::intValue).toArray();
      return d;
    }
  }
}
