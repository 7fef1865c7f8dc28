package org.modelworkbench.app.desktop.main;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.modelworkbench.app.desktop.common.Formats;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.model.ClassificationMetrics;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.model.RunStatus;
import org.modelworkbench.services.SampleProject;

/**
 * The welcome panel's state: whether it shows (after the samples were loaded on a first start,
 * until closed; Help ▸ Getting started shows it again), the sample to train on, and the finished
 * example run to open, or what the example run is doing while it trains.
 */
public final class GettingStarted {
  private final MainViewModel model;
  private final Consumer<Boolean> keepDismissed;
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
  private final ReadOnlyObjectWrapper<RunInfo> exampleRun = new ReadOnlyObjectWrapper<>(this, "exampleRun");
  private final ReadOnlyObjectWrapper<DatasetInfo> sample = new ReadOnlyObjectWrapper<>(this, "sample");
  private final ReadOnlyStringWrapper exampleText = new ReadOnlyStringWrapper(this, "exampleText", "");
  private final ChangeListener<String> trainingMessage = (obs, old, message) -> describeExample();
  private boolean dismissed;
  private Job training;

  /**
   * Creates the state.
   *
   * @param model the window's lists and project
   * @param dismissed whether the panel was closed before (kept in the settings)
   * @param keepDismissed keeps a new choice for the next start
   */
  GettingStarted(MainViewModel model, boolean dismissed, Consumer<Boolean> keepDismissed) {
    this.model = model;
    this.dismissed = dismissed;
    this.keepDismissed = keepDismissed;
    model.session().sampleFilledProperty().addListener((obs, old, filled) -> shown.set(filled && !this.dismissed));
    model.session().workbenchProperty().addListener((obs, old, open) -> {
      if (open == null || !model.session().sampleFilledProperty().get()) {
        shown.set(false);
      }
    });
    InvalidationListener lists = obs -> update();
    model.runs().addListener(lists);
    model.datasets().addListener(lists);
    model.session().exampleTrainingProperty().addListener((obs, old, job) -> follow(job));
    follow(model.session().exampleTrainingProperty().get());
    update();
  }

  private void follow(Job job) {
    if (training != null) {
      training.messageProperty().removeListener(trainingMessage);
    }
    training = job;
    if (job != null) {
      job.messageProperty().addListener(trainingMessage);
    }
    describeExample();
  }

  private void update() {
    exampleRun.set(model.runs().stream().filter(r -> r.status() == RunStatus.COMPLETED)
        .min(Comparator.comparingLong(RunInfo::id)).orElse(null));
    Optional<DatasetInfo> penguins = model.datasets().stream()
        .filter(d -> d.name().equals(SampleProject.EXAMPLE_DATASET)).findFirst();
    sample.set(penguins.orElse(model.datasets().isEmpty() ? null : model.datasets().get(0)));
    describeExample();
  }

  private void describeExample() {
    RunInfo run = exampleRun.get();
    if (run != null) {
      String metric = run.testMetrics() instanceof ClassificationMetrics classes
          ? ", accuracy " + Formats.metric(classes.accuracy()) : "";
      exampleText.set("Run " + run.id() + " predicts " + run.target() + " of " + run.datasetName() + metric
          + ": its curves, confusion matrix and report.");
    } else if (training != null) {
      String message = training.getMessage();
      exampleText.set(message != null && message.startsWith("epoch")
          ? "Training the example run: " + message + "…" : "Training the example run…");
    } else {
      exampleText.set("No finished run yet: train one (step 2), and it appears here.");
    }
  }

  /** Closes the panel, also for the next starts. */
  public void dismiss() {
    dismissed = true;
    keepDismissed.accept(true);
    shown.set(false);
  }

  /** Shows the panel again (Help ▸ Getting started). */
  public void showAgain() {
    dismissed = false;
    keepDismissed.accept(false);
    shown.set(true);
  }

  /** Whether the panel shows. */
  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The oldest finished run (on the sample project, the example run), or null. */
  public ReadOnlyObjectProperty<RunInfo> exampleRunProperty() {
    return exampleRun.getReadOnlyProperty();
  }

  /** The dataset "Train on a sample" opens: the penguins when there, else the first; null without data. */
  public ReadOnlyObjectProperty<DatasetInfo> sampleProperty() {
    return sample.getReadOnlyProperty();
  }

  /** One sentence on the example run, or on its training while it trains. */
  public ReadOnlyStringProperty exampleTextProperty() {
    return exampleText.getReadOnlyProperty();
  }

  /** The target proposed for the sample: the penguins' species, else none (the dialog suggests one). */
  public String sampleTarget() {
    DatasetInfo chosen = sample.get();
    return chosen != null && chosen.name().equals(SampleProject.EXAMPLE_DATASET) ? SampleProject.EXAMPLE_TARGET
        : null;
  }
}
