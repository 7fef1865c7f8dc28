package org.modelworkbench.app.desktop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/** Projects made through the services for the window tests, always in a temporary folder. */
public final class TestProjects {
  private TestProjects() {}

  /** The sample CSV files of the repository (tests run in the app module's folder). */
  public static Path samples() {
    return Path.of("../resources/samples").toAbsolutePath().normalize();
  }

  /** A settings file of the window's in a new temporary folder (not created until saved). */
  public static Path newSettingsFile() {
    try {
      return Files.createTempDirectory("workbench-settings").resolve("settings.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The iris sample. */
  public static Path iris() {
    return samples().resolve("iris.csv");
  }

  /** Makes a project holding the iris dataset. */
  public static Path withIris(Path project) {
    try (Workbench workbench = Workbench.open(project)) {
      workbench.datasets().importCsv(iris(), null, false, ProgressListener.NONE, CancellationToken.none());
    }
    return project;
  }

  /** Trains a small run on iris's species through the services and returns it. */
  public static RunInfo trainIris(Path project, int epochs, double learningRate, long seed) {
    try (Workbench workbench = Workbench.open(project)) {
      DatasetInfo iris = workbench.datasets().find("iris");
      TrainingSettings defaults = TrainingSettings.defaults("target");
      TrainingSettings settings = new TrainingSettings("target", null, ModelKind.MLP, epochs, 16, learningRate, seed,
          "cpu", 0, null, defaults.hiddenUnits(), defaults.patience(), defaults.validationFraction(),
          defaults.testFraction(), List.of());
      return workbench.training().train(TrainRequest.of(iris, settings), TrainingObserver.NONE, CancellationToken.none());
    }
  }

  /**
   * Makes {@code project} with one dataset of 30,000 synthetic rows (from {@code folder/synthetic.csv}),
   * slow enough to train that a test can act while a run is under way.
   */
  public static void slowTrainingProject(Path folder, Path project) {
    Path csv = syntheticCsv(folder.resolve("synthetic.csv"), 30_000);
    try (org.modelworkbench.services.Workbench workbench = org.modelworkbench.services.Workbench.open(project)) {
      workbench.datasets().importCsv(csv, null, false, org.modelworkbench.model.ProgressListener.NONE,
          org.modelworkbench.model.CancellationToken.none());
    }
  }

  /** A CSV of {@code rows} random rows with 8 numeric features and a 3-class label, big enough to train slowly. */
  public static Path syntheticCsv(Path file, int rows) {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("f1,f2,f3,f4,f5,f6,f7,f8,label\n");
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      for (int f = 0; f < 8; f++) {
        double v = random.nextGaussian();
        sum += v;
        csv.append(String.format(java.util.Locale.ROOT, "%.4f,", v));
      }
      csv.append(sum < -1 ? "low" : sum > 1 ? "high" : "mid").append('\n');
    }
    try {
      return Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
