package org.modelworkbench.app.desktop.project;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.model.RunInfo;
import org.modelworkbench.services.SampleProject;
import org.modelworkbench.services.Workbench;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open project of the window. Opening (and filling the sample project) runs in the
 * background; the previous project closes once the new one is open. While a project opens, its
 * name is known at once (the window shows it loading rather than "no project"). A freshly filled
 * sample project then trains its example run in the background.
 */
public final class ProjectSession {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

  private final JobRunner runner;
  private final RecentProjects recent;
  private final Path samplesDir;
  private final ReadOnlyObjectWrapper<Workbench> workbench = new ReadOnlyObjectWrapper<>(this, "workbench");
  private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  private final ReadOnlyStringWrapper openingName = new ReadOnlyStringWrapper(this, "openingName", "");
  private final ReadOnlyBooleanWrapper sampleFilled = new ReadOnlyBooleanWrapper(this, "sampleFilled");
  private final ReadOnlyObjectWrapper<Job> exampleTraining = new ReadOnlyObjectWrapper<>(this, "exampleTraining");
  private Consumer<RunInfo> onExampleRun = run -> {};
  private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
  private Consumer<String> notices = message -> {};
  private Workbench closingWorkbench;
  private CompletableFuture<Void> closing;

  /**
   * Creates the session.
   *
   * @param runner runs the opening in the background
   * @param recent remembers opened projects
   * @param samplesDir the folder of sample CSV files that fill the sample project
   */
  public ProjectSession(JobRunner runner, RecentProjects recent, Path samplesDir) {
    this.runner = runner;
    this.recent = recent;
    this.samplesDir = samplesDir;
    recentProjects.setAll(recent.list());
  }

  /** Receives plain notices about an opened project (for example interrupted runs). */
  public void setNotices(Consumer<String> notices) {
    this.notices = notices;
  }

  /**
   * Opens a project folder (creating it when new) in the background.
   *
   * @param dir the project folder
   * @param fillWithSamples import the sample datasets when the project has none
   */
  public Job open(Path dir, boolean fillWithSamples) {
    Path folder = dir.toAbsolutePath().normalize();
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    openingName.set(name);
    opening.set(true);
    return runner.job("Open project " + name, context -> {
      context.progress(-1, "Opening " + name);
      Workbench opened = Workbench.open(folder);
      List<String> samples = List.of();
      if (fillWithSamples) {
        try {
          samples = SampleProject.populate(opened, samplesDir, context.progress());
        } catch (RuntimeException e) {
          LOG.warn("Could not fill the sample project from {}", samplesDir, e);
        }
      }
      return new Opened(opened, samples);
    }).successMessage(o -> "Done")
        .onSuccess(this::switchTo)
        .onError(error -> {
          opening.set(false);
          openingName.set("");
          runner.reportError("Could not open the project " + name, new ProjectOpenFailure(folder, error));
        })
        .start();
  }

  private void switchTo(Opened opened) {
    Workbench previous = workbench.get();
    Job example = exampleTraining.get();
    if (example != null) {
      // The example run belongs to the project being left.
      example.cancel();
    }
    sampleFilled.set(!opened.samples().isEmpty());
    workbench.set(opened.workbench());
    projectName.set(opened.workbench().projectName());
    opening.set(false);
    openingName.set("");
    recent.remember(opened.workbench().projectDir());
    recentProjects.setAll(recent.list());
    if (!opened.samples().isEmpty()) {
      notices.accept("The sample project is ready with " + opened.samples().size()
          + " datasets: " + String.join(", ", opened.samples()) + ".");
      trainExampleRun(opened.workbench());
    }
    int interrupted = opened.workbench().interruptedOnOpen();
    if (interrupted > 0) {
      notices.accept(interrupted + (interrupted == 1 ? " run was" : " runs were")
          + " still running when the app last stopped; marked as interrupted.");
    }
    if (previous != null) {
      runner.job("Close previous project", context -> {
        previous.close();
        return null;
      }).hidden().start();
    }
  }

  /**
   * Trains the sample project's example run in the background, shown in the status bar and the
   * jobs panel like any job. A failure is only logged: the example is a convenience, and the
   * sample datasets are there anyway.
   */
  private void trainExampleRun(Workbench sample) {
    Job job = runner.job("Train the example run", context -> {
      context.progress(-1, "starting");
      return SampleProject.trainExampleRun(sample, context.progress(), context.token());
    }).successMessage(run -> run.isPresent() ? "ready" : "nothing to train")
        .onSuccess(run -> {
          exampleTraining.set(null);
          if (run.isPresent() && workbench.get() == sample) {
            onExampleRun.accept(run.get());
          }
        })
        .onError(error -> {
          exampleTraining.set(null);
          LOG.warn("Could not train the example run of the sample project", error);
        })
        .onCancelled(() -> exampleTraining.set(null))
        .start();
    if (!job.getState().isDone()) {
      exampleTraining.set(job);
    }
  }

  /** Receives the example run once it has trained (on the UI thread). */
  public void setOnExampleRun(Consumer<RunInfo> action) {
    this.onExampleRun = action == null ? run -> {} : action;
  }

  /** The training of the example run while it runs, else null. */
  public ReadOnlyObjectProperty<Job> exampleTrainingProperty() {
    return exampleTraining.getReadOnlyProperty();
  }

  /** Whether the open project was just filled with the samples (a first start). */
  public ReadOnlyBooleanProperty sampleFilledProperty() {
    return sampleFilled.getReadOnlyProperty();
  }

  /**
   * The name of the project being opened (its folder's name), known as soon as the opening starts;
   * empty when nothing is being opened.
   */
  public ReadOnlyStringProperty openingNameProperty() {
    return openingName.getReadOnlyProperty();
  }

  /**
   * Closes the open project in the background (a database close can take a while); once it is
   * closed, the window shows no project. Runs even while the window quits.
   *
   * @return completes when the project is closed (at once when none is open), on a worker thread
   *     or, with nothing open, on the calling one; a failure to close is logged, not passed on
   */
  public synchronized CompletableFuture<Void> close() {
    Workbench current = workbench.get();
    if (current == null) {
      return CompletableFuture.completedFuture(null);
    }
    if (current == closingWorkbench) {
      return closing;
    }
    CompletableFuture<Void> closed = new CompletableFuture<>();
    closingWorkbench = current;
    closing = closed;
    runner.job("Close project " + current.projectName(), context -> {
      try {
        current.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not close the project {}", current.projectDir(), e);
      } finally {
        closed.complete(null);
      }
      return null;
    }).hidden()
        .evenWhileQuitting()
        .onSuccess(done -> {
          if (workbench.get() == current) {
            workbench.set(null);
            projectName.set("");
          }
        })
        .onCancelled(() -> closed.complete(null))
        .start();
    return closed;
  }

  /** Forgets a recent project whose folder is gone. */
  public void forget(Path project) {
    recent.forget(project);
    recentProjects.setAll(recent.list());
  }

  /** The open project, or null while none is open. */
  public ReadOnlyObjectProperty<Workbench> workbenchProperty() {
    return workbench.getReadOnlyProperty();
  }

  /** The open project, or null. */
  public Workbench current() {
    return workbench.get();
  }

  /** The open project's name (its folder name), or empty. */
  public ReadOnlyStringProperty projectNameProperty() {
    return projectName.getReadOnlyProperty();
  }

  /** Whether a project is being opened. */
  public ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  /** The recent projects, most recent first. */
  public ObservableList<Path> recentProjects() {
    return recentProjects;
  }

  /** What an opening produced. */
  private record Opened(Workbench workbench, List<String> samples) {}
}
