package org.modelworkbench.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.model.WorkbenchException;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * Makes the sample project a newcomer sees on first start: the sample datasets already imported,
 * and one finished example run, so the run view can be seen before training anything.
 */
public final class SampleProject {
  /** The sample the example run trains on. */
  public static final String EXAMPLE_DATASET = "penguins";
  /** The column the example run predicts. */
  public static final String EXAMPLE_TARGET = "species";
  /** How many epochs the example run trains at most: a few seconds on a laptop's CPU. */
  static final int EXAMPLE_EPOCHS = 40;

  private SampleProject() {}

  /**
   * Imports every CSV of the samples folder into the project, unless the project already has
   * datasets.
   *
   * @param workbench the open project
   * @param samplesDir the folder of sample CSV files
   * @return the names of the datasets imported (empty when the project had datasets already)
   */
  public static List<String> populate(Workbench workbench, Path samplesDir, ProgressListener progress) {
    if (!workbench.datasets().list().isEmpty() || samplesDir == null || !Files.isDirectory(samplesDir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(samplesDir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Could not read the sample folder " + samplesDir + ".", e);
    }
    List<String> imported = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.progress((double) i / files.size(), "Importing sample " + file.getFileName());
      imported.add(workbench.datasets().importCsv(file, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset().name());
    }
    progress.progress(1.0, "Sample project ready");
    return imported;
  }

  /**
   * Trains the example run: the species of the penguins sample with a linear model (logistic
   * regression), the quickest of the table models, on the CPU with a fixed seed, so every first
   * start shows the same run. Nothing is trained when the project has no penguins sample or
   * already has a run.
   *
   * @param workbench the sample project, just filled
   * @param progress receives "starting", "epoch 3 of 40", "done" (the window says which run)
   * @param cancel stops the run (it is then kept as cancelled)
   * @return the finished run, or empty when none was trained
   */
  public static Optional<RunInfo> trainExampleRun(Workbench workbench, ProgressListener progress,
      CancellationToken cancel) {
    Optional<DatasetInfo> penguins = workbench.datasets().list().stream()
        .filter(d -> d.name().equals(EXAMPLE_DATASET)).findFirst();
    if (penguins.isEmpty() || !workbench.catalog().runs().isEmpty()) {
      return Optional.empty();
    }
    TrainingSettings linear = TrainingSettings.defaults(EXAMPLE_TARGET, ModelKind.LINEAR);
    TrainingSettings settings = new TrainingSettings(EXAMPLE_TARGET, null, ModelKind.LINEAR, EXAMPLE_EPOCHS,
        linear.batchSize(), linear.learningRate(), 7L, "cpu", 0, null, List.of(), 8, linear.validationFraction(),
        linear.testFraction(), List.of());
    progress.progress(-1, "starting");
    TrainingObserver observer = new TrainingObserver() {
      @Override
      public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
        progress.progress((double) epoch.epoch() / maxEpochs, "epoch " + epoch.epoch() + " of " + maxEpochs);
      }
    };
    RunInfo run = workbench.training().train(TrainRequest.of(penguins.get(), settings), observer, cancel);
    progress.progress(1.0, "done");
    return Optional.of(run);
  }
}
