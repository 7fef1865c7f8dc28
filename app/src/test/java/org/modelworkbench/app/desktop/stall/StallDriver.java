package org.modelworkbench.app.desktop.stall;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.util.Duration;
import org.modelworkbench.app.desktop.main.MainWindow;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;

/**
 * Drives the real window through the two phases the benchmark measures, with the
 * {@link FxWatchdog} running over each, then writes one {@link PhaseResult#line()} per phase and
 * quits:
 * <ol>
 *   <li>idle: a few seconds of the open project doing nothing, the baseline;</li>
 *   <li>import: the CSV handed to {@link MainWindow#importFiles} (what a drop on the window does),
 *       until its dataset shows in the window and a moment after, while its page opens;</li>
 *   <li>training: {@link MainWindow#train} on that dataset with the target proposed (what its
 *       Train button does), the dialog's Epochs field typed in and its Train button pressed, until
 *       the run has ended and its page shows.</li>
 * </ol>
 * Everything happens on the FX thread; the waits poll the window's own lists four times a second.
 */
final class StallDriver {
  private static final double SETTLE_SECONDS = 2.0;

  private final MainWindow window;
  private final StallSettings settings;
  private final FxWatchdog watchdog;
  private final List<PhaseResult> results = new ArrayList<>();
  private final PrintStream stacks;
  private final long deadlineNanos;

  StallDriver(MainWindow window, StallSettings settings) throws IOException {
    this.window = window;
    this.settings = settings;
    this.stacks = new PrintStream(Files.newOutputStream(settings.stacks()), true, StandardCharsets.UTF_8);
    this.watchdog = new FxWatchdog(stacks);
    this.deadlineNanos = System.nanoTime() + settings.timeoutSeconds() * 1_000_000_000L;
  }

  /** Starts once the project has been read. */
  void arm() {
    ChangeListener<Number> once = new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<? extends Number> obs, Number old, Number count) {
        window.model().refreshesProperty().removeListener(this);
        later(SETTLE_SECONDS, StallDriver.this::idle);
      }
    };
    window.model().refreshesProperty().addListener(once);
  }

  private void idle() {
    watchdog.start("idle");
    later(settings.idleSeconds(), () -> {
      finish(watchdog.stop());
      importPhase();
    });
  }

  private void importPhase() {
    Set<Long> before = window.model().datasets().stream().map(DatasetInfo::id).collect(Collectors.toSet());
    watchdog.start("import");
    log("importing " + settings.csv());
    window.importFiles(List.of(settings.csv()));
    waitFor(() -> newDataset(before).isPresent(), "the import", () -> later(SETTLE_SECONDS, () -> {
      finish(watchdog.stop());
      DatasetInfo dataset = newDataset(before).orElseThrow();
      log("imported " + dataset.name() + ": " + dataset.rows() + " rows");
      later(SETTLE_SECONDS, () -> trainingPhase(dataset));
    }));
  }

  private void trainingPhase(DatasetInfo dataset) {
    Set<Long> before = window.model().runs().stream().map(RunInfo::id).collect(Collectors.toSet());
    watchdog.start("training");
    window.train(dataset, settings.target());
    waitFor(() -> window.trainDialog() != null && trainButton().map(b -> !b.isDisabled()).orElse(false),
        "the Train dialog", () -> {
          Scene dialog = window.trainDialog().getDialogPane().getScene();
          ((Spinner<?>) dialog.lookup("#epochs")).getEditor().setText(Integer.toString(settings.epochs()));
          // The field commits on focus loss or Enter; the dialog's check then runs before Train.
          later(0.5, () -> {
            log("training " + settings.epochs() + " epochs on " + dataset.name() + ", target " + settings.target());
            ((javafx.scene.control.Button) trainButton().orElseThrow()).fire();
            waitFor(() -> endedRun(before).isPresent(), "the training", () -> later(SETTLE_SECONDS, () -> {
              finish(watchdog.stop());
              RunInfo run = endedRun(before).orElseThrow();
              log("run " + run.id() + " ended " + run.status());
              if (run.status() != RunStatus.COMPLETED) {
                fail("the training run ended " + run.status());
                return;
              }
              done();
            }));
          });
        });
  }

  private Optional<Node> trainButton() {
    return window.trainDialog() == null ? Optional.empty()
        : Optional.ofNullable(window.trainDialog().getDialogPane().getScene().lookup("#start-training"));
  }

  private Optional<DatasetInfo> newDataset(Set<Long> before) {
    return window.model().datasets().stream().filter(d -> !before.contains(d.id())).findFirst();
  }

  private Optional<RunInfo> endedRun(Set<Long> before) {
    return window.model().runs().stream()
        .filter(r -> !before.contains(r.id()) && r.status() != RunStatus.RUNNING).findFirst();
  }

  /** Runs {@code then} once {@code condition} holds, polling; gives up at the deadline. */
  private void waitFor(BooleanSupplier condition, String what, Runnable then) {
    if (condition.getAsBoolean()) {
      then.run();
    } else if (System.nanoTime() > deadlineNanos) {
      fail("gave up waiting for " + what + " after " + settings.timeoutSeconds() + " s");
    } else {
      later(0.25, () -> waitFor(condition, what, then));
    }
  }

  private void finish(PhaseResult result) {
    results.add(result);
    log(result.line());
  }

  private void done() {
    write(results.stream().map(PhaseResult::line).toList());
  }

  private void fail(String why) {
    log("FAILED: " + why);
    List<String> lines = new ArrayList<>(results.stream().map(PhaseResult::line).toList());
    lines.add("failed=" + why.replace('\n', ' '));
    write(lines);
  }

  private void write(List<String> lines) {
    try {
      Files.write(settings.out(), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log("could not write " + settings.out() + ": " + e);
    }
    stacks.close();
    Platform.exit();
  }

  private static void log(String text) {
    System.out.println("[stall] " + text);
    System.out.flush();
  }

  private static void later(double seconds, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(event -> action.run());
    pause.play();
  }
}
