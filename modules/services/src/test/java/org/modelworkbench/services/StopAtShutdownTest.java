package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.model.TrainingSettings;
import org.modelworkbench.services.training.RunEndings;
import org.modelworkbench.services.training.TrainRequest;
import org.modelworkbench.services.training.TrainingObserver;

/**
 * A run stopped because the app is closing ends as interrupted, not cancelled, and Resume
 * continues it to the end; Cancel still ends a run as cancelled.
 */
class StopAtShutdownTest {
  private static final Path IRIS = Path.of("../../resources/samples/iris.csv");

  @TempDir
  Path folder;

  @Test
  void aRunStoppedAtShutdownIsInterruptedAndResumes() {
    try (Workbench workbench = Workbench.open(folder.resolve("project"))) {
      DatasetInfo iris = workbench.datasets().importCsv(IRIS, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      CancellationToken token = new CancellationToken();
      RunInfo stopped = workbench.training().train(TrainRequest.of(iris, settings()), stopAfterTwoEpochs(token, true),
          token);

      assertThat(stopped.status()).isEqualTo(RunStatus.INTERRUPTED);
      assertThat(stopped.error()).isEqualTo(RunEndings.CLOSED);
      assertThat(workbench.catalog().curve(stopped.id())).hasSizeGreaterThanOrEqualTo(2);
      assertThat(workbench.training().canResume(stopped)).isTrue();

      RunInfo resumed = workbench.training().resume(stopped.id(), TrainingObserver.NONE, CancellationToken.none());
      assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(resumed.testMetrics()).isNotNull();
    }
  }

  @Test
  void cancelStillEndsARunAsCancelled() {
    try (Workbench workbench = Workbench.open(folder.resolve("project"))) {
      DatasetInfo iris = workbench.datasets().importCsv(IRIS, null, false, ProgressListener.NONE,
          CancellationToken.none()).dataset();
      CancellationToken token = new CancellationToken();
      RunInfo stopped = workbench.training().train(TrainRequest.of(iris, settings()), stopAfterTwoEpochs(token, false),
          token);
      assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
      assertThat(stopped.error()).isEqualTo("Cancelled by the user.");
    }
  }

  private static TrainingSettings settings() {
    TrainingSettings defaults = TrainingSettings.defaults("target");
    return new TrainingSettings("target", null, ModelKind.MLP, 40, 16, 0.001, 3, "cpu", 0, null,
        defaults.hiddenUnits(), 40, defaults.validationFraction(), defaults.testFraction(), List.of());
  }

  private static TrainingObserver stopAfterTwoEpochs(CancellationToken token, boolean shutdown) {
    return new TrainingObserver() {
      @Override
      public void epoch(long runId, EpochMetrics epoch, int maxEpochs) {
        if (epoch.epoch() >= 2) {
          if (shutdown) {
            token.stopForShutdown();
          } else {
            token.cancel();
          }
        }
      }
    };
  }
}
