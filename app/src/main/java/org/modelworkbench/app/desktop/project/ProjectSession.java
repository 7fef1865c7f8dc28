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
import org.modelworkbench.services.SampleProject;
import org.modelworkbench.services.Workbench;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open project of the window. Opening (and filling the sample project) runs in the
 * background; the previous project closes once the new one is open.
 */
public final class ProjectSession {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

  private final JobRunner runner;
  private final RecentProjects recent;
  private final Path samplesDir;
  private final ReadOnlyObjectWrapper<Workbench> workbench = new ReadOnlyObjectWrapper<>(this, "workbench");
  private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
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
    opening.set(true);
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    return runner.job("Open project " + name, context -> {
      context.progress(-1, "Opening " + folder);
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
          runner.reportError("Could not open the project " + name, new ProjectOpenFailure(folder, error));
        })
        .start();
  }

  private void switchTo(Opened opened) {
    Workbench previous = workbench.get();
    workbench.set(opened.workbench());
    projectName.set(opened.workbench().projectName());
    opening.set(false);
    recent.remember(opened.workbench().projectDir());
    recentProjects.setAll(recent.list());
    if (!opened.samples().isEmpty()) {
      notices.accept("The sample project is ready with " + opened.samples().size()
          + " datasets: " + String.join(", ", opened.samples()) + ".");
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
