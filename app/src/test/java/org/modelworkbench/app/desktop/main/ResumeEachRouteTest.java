package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.InterruptedRuns;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.ml.tensorflow.TinySavedModel;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.EpochMetrics;
import org.modelworkbench.model.ModelKind;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.library.ModelImportRequest;
import org.modelworkbench.services.training.SavedModelOptions;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Resume in the run view continues an interrupted run of every training route (tabular, image
 * from scratch and from a TorchScript base, SavedModel full and head): each was stopped as
 * quitting stops it, after a few epochs, and resumes from its checkpoint to a completed run on
 * the route it recorded, with the live curve going on after the checkpoint's epoch instead of
 * starting again at epoch 1.
 */
@ExtendWith(ApplicationExtension.class)
class ResumeEachRouteTest extends WindowTestBase {
  @TempDir
  static Path dir;

  /** The interrupted runs by the test's name for them. */
  private static final Map<String, Stopped> RUNS = new ConcurrentHashMap<>();

  /** An interrupted run: its id, its route, how many epochs it asked for and the ones it kept. */
  private record Stopped(long id, String route, int epochs, List<EpochMetrics> curve) {}

  @BeforeAll
  static void project() throws Exception {
    Path tiny = dir.resolve("tiny");
    // An untrained 64-32-10 SavedModel with serving_default, features and train signatures.
    TinySavedModel.build(tiny, 7);
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      workbench.datasets().importCsv(TestProjects.iris(), "iris", false, ProgressListener.NONE,
          CancellationToken.none());
      DatasetInfo iris = workbench.datasets().find("iris");
      DatasetInfo digits = ImageProjects.importImages(workbench, ImageProjects.RESOURCES.resolve("images/digits"),
          "digits");
      ImageProjects.importDigitsCnn(workbench);
      workbench.modelImports().importModel(tiny, new ModelImportRequest("tiny", null, null));

      stop(workbench, "tabular", InterruptedRuns.request(iris,
          InterruptedRuns.settings("target", ModelKind.MLP, 8, 16, 0.01, null), null), 3);
      stop(workbench, "cnn", InterruptedRuns.request(digits,
          InterruptedRuns.settings("class", ModelKind.CNN, 4, 32, 0.003, null), null), 2);
      // Two of its four epochs train the new head only (the default freeze), so the resumed
      // epochs unfreeze the base.
      stop(workbench, "torchscript", InterruptedRuns.request(digits,
          InterruptedRuns.settings("class", ModelKind.CNN, 4, 32, 0.003, "digits_cnn"), null), 2);
      stop(workbench, "savedmodel-full", InterruptedRuns.request(digits,
          InterruptedRuns.settings("class", ModelKind.CNN, 4, 8, 0.01, "tiny"), SavedModelOptions.FULL), 2);
      stop(workbench, "savedmodel-head", InterruptedRuns.request(digits,
          InterruptedRuns.settings("class", ModelKind.MLP, 6, 16, 0.01, "tiny"), SavedModelOptions.HEAD), 3);
    }
  }

  private static void stop(Workbench workbench, String name, org.modelworkbench.services.training.TrainRequest request,
      int epochs) {
    RunInfo run = InterruptedRuns.stopAfter(workbench, request, epochs);
    assertThat(run.status()).as(name + ": " + run.error()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(workbench.training().canResume(run)).as(name + " can resume").isTrue();
    List<EpochMetrics> curve = workbench.catalog().curve(run.id());
    assertThat(curve).extracting(EpochMetrics::epoch).as(name)
        .isEqualTo(IntStream.rangeClosed(1, epochs).boxed().toList());
    RUNS.put(name, new Stopped(run.id(), run.route(), request.settings().epochs(), curve));
  }

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void aTabularRunResumes() {
    resumesToACompletedRun("tabular", "tabular");
  }

  @Test
  void aCnnRunFromScratchResumes() {
    resumesToACompletedRun("cnn", "image");
  }

  @Test
  void aTorchScriptFineTuneResumes() {
    resumesToACompletedRun("torchscript", "image");
  }

  @Test
  void aSavedModelFullFineTuneResumes() {
    resumesToACompletedRun("savedmodel-full", "savedmodel-full");
  }

  @Test
  void aSavedModelHeadFineTuneResumes() {
    resumesToACompletedRun("savedmodel-head", "savedmodel-head");
  }

  /** Opens the run, presses Resume, and checks the run ends completed on its route, its epochs continued. */
  @SuppressWarnings("unchecked")
  private void resumesToACompletedRun(String name, String route) {
    Stopped stopped = RUNS.get(name);
    assertThat(stopped.route()).isEqualTo(route);
    int kept = stopped.curve().size();
    waitForProject();
    interact(() -> window.select("run:" + stopped.id()));
    waitUntil("the interrupted run offers Resume", 30,
        () -> lookup("#resume-run").tryQuery().map(Node::isVisible).orElse(false));

    // Every epoch the live chart draws, in order: pressed and listened to in one FX-thread step,
    // so a short resumed run cannot end (and hand over to the run view) before the listener is on.
    List<Integer> drawn = new CopyOnWriteArrayList<>();
    interact(() -> {
      ((Button) lookup("#resume-run").query()).fire();
      LineChart<Number, Number> live = lookup("#live-loss-chart").query();
      live.getData().get(0).getData().addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> {
        while (change.next()) {
          change.getAddedSubList().forEach(point -> drawn.add(point.getXValue().intValue()));
        }
      });
    });

    waitUntil("the resumed run ends", 180, () -> window.model().runs().stream()
        .anyMatch(r -> r.id() == stopped.id() && (r.status() == RunStatus.COMPLETED
            || r.status() == RunStatus.FAILED || r.status() == RunStatus.CANCELLED)));
    RunInfo done = window.model().runs().stream().filter(r -> r.id() == stopped.id()).findFirst().orElseThrow();
    assertThat(done.status()).as(name + ": " + done.error()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.route()).as("the route of the resumed run").isEqualTo(route);
    assertThat(done.modelId()).as("a kept model").isNotNull();

    List<Integer> all = IntStream.rangeClosed(1, stopped.epochs()).boxed().toList();
    assertThat(drawn).as("the live curve: the %d kept epochs, then the next ones", kept).isEqualTo(all);
    waitUntil("the completed run is shown", 60, () -> lookup("#run-loss-chart").tryQuery().isPresent()
        && !((LineChart<Number, Number>) lookup("#run-loss-chart").query()).getData().get(0).getData().isEmpty());
    LineChart<Number, Number> curve = lookup("#run-loss-chart").query();
    List<XYChart.Data<Number, Number>> points = curve.getData().get(0).getData();
    assertThat(points.stream().map(point -> point.getXValue().intValue()).toList()).isEqualTo(all);
    for (int i = 0; i < kept; i++) {
      assertThat(points.get(i).getYValue().doubleValue()).as("the training loss of kept epoch %d", i + 1)
          .isEqualTo(stopped.curve().get(i).trainLoss());
    }
    assertThat(lookup("#resume-run").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
  }
}
