package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.JobRunner;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.services.Workbench;

/** The dataset view's state over a real project, without a screen. */
class DatasetViewModelTest {
  @TempDir
  static Path project;

  static Workbench workbench;
  static DatasetInfo iris;

  @BeforeAll
  static void openIris() {
    TestProjects.withIris(project);
    workbench = Workbench.open(project);
    iris = workbench.datasets().find("iris");
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  @Test
  void pickingATargetShowsItsClassBalance() {
    DatasetViewModel model = new DatasetViewModel(JobRunner.direct(), () -> workbench, iris);
    assertThat(model.targetCandidates()).contains("target");
    assertThat(model.suggestedTarget()).isEqualTo("target");
    model.targetProperty().set("target");
    assertThat(model.balance()).extracting(ValueCount::count).containsExactly(50L, 50L, 50L);
    assertThat(model.balanceMessageProperty().get()).endsWith("is 33.3% of 150 rows.").startsWith("3 classes");
  }

  @Test
  void rowsArriveByPages() {
    DatasetViewModel model = new DatasetViewModel(JobRunner.direct(), () -> workbench, iris);
    RowPager pager = model.newPager();
    assertThat(pager.rowCount()).isEqualTo(150);
    pager.row(149);
    assertThat(pager.row(149)).hasSize(iris.columns().size());
    assertThat(model.summary()).startsWith("150 rows · 5 columns · version 1 · from iris.csv");
  }

  @Test
  void aCleanImportHasNoRejectedRows() {
    DatasetViewModel model = new DatasetViewModel(JobRunner.direct(), () -> workbench, iris);
    model.loadRejected();
    assertThat(model.rejectedLoadedProperty().get()).isTrue();
    assertThat(model.rejected()).isEmpty();
  }
}
