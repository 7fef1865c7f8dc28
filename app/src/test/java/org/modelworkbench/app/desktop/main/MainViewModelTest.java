package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.project.InMemoryRecentProjects;
import org.modelworkbench.app.desktop.project.ProjectSession;
import org.modelworkbench.model.RowSort;

/** The main window's state without a screen. */
class MainViewModelTest {
  @TempDir Path dir;

  @Test
  void datasetViewsAreKeptPerProject() {
    ProjectSession session = new ProjectSession(JobRunner.direct(), new InMemoryRecentProjects(), dir.resolve("none"));
    MainViewModel model = new MainViewModel(JobRunner.direct(), session);
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
      session.closeNow();
    }
  }
}
