package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.ValueCount;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;

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
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris);
    assertThat(model.targetCandidates()).contains("target");
    assertThat(model.suggestedTarget()).isEqualTo("target");
    model.targetProperty().set("target");
    assertThat(model.balance()).extracting(ValueCount::count).containsExactly(50L, 50L, 50L);
    assertThat(model.balanceMessageProperty().get()).endsWith("is 33.3% of 150 rows.").startsWith("3 classes");
  }

  @Test
  void rowsArriveByPages() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris);
    RowPager pager = model.newPager();
    assertThat(pager.rowCount()).isEqualTo(150);
    pager.row(149);
    assertThat(pager.row(149)).hasSize(iris.columns().size());
    assertThat(model.summary()).startsWith("150 rows · 5 columns · version 1 · from iris.csv");
  }

  @Test
  void theHeaderNamesTheCharsetTheTextWasReadIn(@TempDir Path dir) throws Exception {
    Path csv = Files.write(dir.resolve("miasta.csv"), "Nazwisko,Imię,Miejscowość\nWiśniewski,Paweł,Łódź\n"
        .concat("Wójcik,Małgorzata,Gdańsk\n").getBytes(Charset.forName("windows-1250")));
    DatasetInfo cities = workbench.imports().importFile(csv, ImportRequest.defaults(), (f, m) -> { },
        CancellationToken.none()).dataset();
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, cities);
    assertThat(model.summary()).startsWith("2 rows · 3 columns · version 1 · from miasta.csv · windows-1250 text · "
        + "imported ");
    assertThat(cities.columns().get(2).name()).isEqualTo("Miejscowość");
    // iris was imported as UTF-8 text.
    assertThat(new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris).summary())
        .contains(" · from iris.csv · UTF-8 text · imported ");
  }

  @Test
  void sortFilterAndLeftOutColumnsComeBackWhenTheDatasetIsShownAgain() {
    DatasetViewStates states = new DatasetViewStates();
    DatasetViewModel first = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris, states);
    first.rows().sortProperty().set(new RowSort("sepal length (cm)", false));
    first.rows().filterColumnProperty().set("target");
    first.rows().filterTextProperty().set("VERSI");
    first.leaveOut("petal width (cm)");
    first.leaveOut("sepal width (cm)");
    first.useAgain("sepal width (cm)");
    assertThat(first.rows().countTextProperty().get()).isEqualTo("50 of 150 rows");

    // Leaving the view and coming back builds a new view model for the same dataset.
    DatasetViewModel again = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris, states);
    assertThat(again.state()).isEqualTo(first.state());
    assertThat(again.rows().query()).isEqualTo(first.rows().query());
    assertThat(again.leftOut()).containsExactly("petal width (cm)");
    assertThat(again.rows().countTextProperty().get()).isEqualTo("50 of 150 rows");
    RowPager pager = again.rows().pagerProperty().get();
    assertThat(pager.rowCount()).isEqualTo(50);
    List<Double> lengths = new ArrayList<>();
    for (int i = 0; i < pager.rowCount(); i++) {
      pager.row(i);
      Object[] row = pager.row(i);
      assertThat(row[4]).isEqualTo("versicolor");
      lengths.add((Double) row[0]);
    }
    assertThat(lengths).isSortedAccordingTo(Comparator.reverseOrder());

    // Changes on the second visit are kept too; a new session starts afresh.
    again.rows().clearFilter();
    again.useAgain("petal width (cm)");
    DatasetViewModel third = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris, states);
    assertThat(third.rows().query().filters()).isEmpty();
    assertThat(third.rows().sortProperty().get()).isEqualTo(new RowSort("sepal length (cm)", false));
    assertThat(third.leftOut()).isEmpty();
    DatasetViewModel fresh = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris, new DatasetViewStates());
    assertThat(fresh.rows().query().isAll()).isTrue();
    assertThat(fresh.rows().countTextProperty().get()).isEqualTo("150 rows");
  }

  @Test
  void aKeptStateNamingColumnsTheDatasetLacksIsIgnoredThere() {
    DatasetViewStates states = new DatasetViewStates();
    states.remember(iris.id(), new DatasetViewState(new RowSort("gone", true), "gone", "x", false,
        List.of("gone", "target")));
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris, states);
    assertThat(model.rows().sortProperty().get()).isNull();
    assertThat(model.rows().filterColumnProperty().get()).isEqualTo("sepal length (cm)");
    assertThat(model.leftOut()).containsExactly("target");
    assertThat(model.rows().problemProperty().get()).contains("'x' is not a number");
  }

  @Test
  void aCleanImportHasNoRejectedRows() {
    DatasetViewModel model = new DatasetViewModel(DirectJobRunner.create(), () -> workbench, iris);
    model.loadRejected();
    assertThat(model.rejectedLoadedProperty().get()).isTrue();
    assertThat(model.rejected()).isEmpty();
  }
}
