package org.modelworkbench.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;

/** The sample project of a first start: the samples imported, and one finished example run. */
class SampleProjectTest {
  private static final Path SAMPLES = Path.of("../../resources/samples");

  @TempDir
  Path folder;

  @Test
  void theSampleProjectGetsOneQuickFinishedRunOnThePenguins() {
    try (Workbench workbench = Workbench.open(folder.resolve("Sample project"))) {
      SampleProject.populate(workbench, SAMPLES, ProgressListener.NONE);
      List<String> messages = new ArrayList<>();
      long start = System.nanoTime();
      Optional<RunInfo> run = SampleProject.trainExampleRun(workbench, (f, m) -> messages.add(m),
          CancellationToken.none());
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(run).isPresent();
      assertThat(run.get().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.get().datasetName()).isEqualTo("penguins");
      assertThat(run.get().target()).isEqualTo("species");
      assertThat(((ClassificationMetrics) run.get().testMetrics()).accuracy()).isGreaterThan(0.9);
      assertThat(messages).contains("epoch 1 of " + SampleProject.EXAMPLE_EPOCHS)
          .last().isEqualTo("done");
      // A few seconds even on a busy two-core machine (the engine's first load included).
      assertThat(seconds).isLessThan(60);
      System.out.printf("example run: %.1f s, accuracy %.3f%n", seconds,
          ((ClassificationMetrics) run.get().testMetrics()).accuracy());

      assertThat(SampleProject.trainExampleRun(workbench, ProgressListener.NONE, CancellationToken.none()))
          .as("a project with a run gets no second example").isEmpty();
      assertThat(workbench.catalog().runs()).hasSize(1);
    }
  }
}
