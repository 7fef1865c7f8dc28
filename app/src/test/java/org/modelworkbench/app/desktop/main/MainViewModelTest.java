package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.model.RowSort;

/** The main window's state without a screen. */
class MainViewModelTest {
  @TempDir Path dir;

  @Test
  void aProjectBeingOpenedShowsItsNameWithALoadingStateNotNoProject() {
    List<Runnable> held = new java.util.ArrayList<>();
    org.modelworkbench.app.desktop.jobs.JobRunner runner =
        new org.modelworkbench.app.desktop.jobs.JobRunner(held::add, Runnable::run, Runnable::run);
    ProjectSession session = new ProjectSession(runner, new InMemoryRecentProjects(), dir.resolve("none"));
    MainViewModel model = new MainViewModel(runner, session);
    try {
      assertThat(model.projectLabelProperty().get()).isEqualTo(MainViewModel.NO_PROJECT);
      session.open(dir.resolve("Loans 2025"), false);
      // The opening waits in the background: the window already names the project.
      assertThat(model.projectLabelProperty().get()).isEqualTo("Opening Loans 2025…");
      assertThat(model.titleProperty().get()).isEqualTo("Model Workbench — Loans 2025 (opening…)");
      assertThat(session.openingNameProperty().get()).isEqualTo("Loans 2025");

      new java.util.ArrayList<>(held).forEach(Runnable::run);
      assertThat(model.projectLabelProperty().get()).isEqualTo("Loans 2025");
      assertThat(model.titleProperty().get()).isEqualTo("Model Workbench — Loans 2025");
      assertThat(session.openingNameProperty().get()).isEmpty();
    } finally {
      session.close();
      new java.util.ArrayList<>(held).forEach(Runnable::run);
    }
  }

  @Test
  void datasetViewsAreKeptPerProject() {
    ProjectSession session = new ProjectSession(DirectJobRunner.create(), new InMemoryRecentProjects(), dir.resolve("none"));
    MainViewModel model = new MainViewModel(DirectJobRunner.create(), session);
    try {
      session.open(dir.resolve("first"), false);
      DatasetViewState state = new DatasetViewState(new RowSort("amount", false), "city", "oslo", false,
          List.of("id"));
      model.datasetViews().remember(1, state);
      assertThat(model.datasetViews().of(1)).contains(state);

      // Dataset 1 of another project is another dataset.
      session.open(dir.resolve("second"), false);
      assertThat(model.datasetViews().of(1)).isEmpty();
    } finally {
      session.close().join();
    }
  }

  @Test
  void everyVersionOfEveryDatasetIsListedNewestFirst() throws java.io.IOException {
    ProjectSession session = new ProjectSession(DirectJobRunner.create(), new InMemoryRecentProjects(), dir.resolve("none"));
    MainViewModel model = new MainViewModel(DirectJobRunner.create(), session);
    try {
      session.open(dir.resolve("project"), false);
      var workbench = session.current();
      for (String[] file : new String[][] {{"loans.csv", "1,100,no"}, {"loans_feb.csv", "2,200,yes"},
          {"Apples.csv", "3,300,no"}, {"loans_mar.csv", "4,400,no"}}) {
        Path csv = java.nio.file.Files.writeString(dir.resolve(file[0]), "id,amount,defaulted\n" + file[1] + "\n");
        workbench.imports().importFile(csv, org.modelworkbench.services.datasets.ImportRequest.of(
                file[0].startsWith("loans") ? "loans" : null, false),
            org.modelworkbench.model.ProgressListener.NONE, org.modelworkbench.model.CancellationToken.none());
      }
      model.refresh();
      assertThat(model.datasets()).extracting(d -> d.name() + "@" + d.version())
          .containsExactly("Apples@1", "loans@3");
      assertThat(model.datasetVersions()).extracting(d -> d.name() + "@" + d.version())
          .containsExactly("Apples@1", "loans@3", "loans@2", "loans@1");
    } finally {
      session.close().join();
    }
  }
}
