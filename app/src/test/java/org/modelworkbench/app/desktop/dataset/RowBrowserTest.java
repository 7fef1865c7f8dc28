package org.modelworkbench.app.desktop.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;
import org.modelworkbench.app.desktop.support.LoansCsv;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.services.Workbench;

/** Sorting and filtering the rows tab without a screen, over a real project. */
class RowBrowserTest {
  @TempDir static Path dir;
  static Workbench workbench;
  static DatasetInfo loans;
  static DataTable all;

  @BeforeAll
  static void importLoans() {
    workbench = Workbench.open(dir.resolve("project"));
    loans = workbench.datasets().importCsv(LoansCsv.write(dir.resolve("loans.csv")), null, false,
        ProgressListener.NONE, CancellationToken.none()).dataset();
    all = workbench.datasets().rows(loans);
  }

  @AfterAll
  static void close() {
    workbench.close();
  }

  private static RowBrowser browser() {
    return new RowBrowser(DirectJobRunner.create(), () -> workbench, loans);
  }

  /** Every row of the current pager (pages load at once with a direct runner). */
  private static List<Object[]> shown(RowBrowser browser) {
    RowPager pager = browser.pagerProperty().get();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < pager.rowCount(); i++) {
      pager.row(i);
      rows.add(pager.row(i));
    }
    return rows;
  }

  @Test
  void startsWithEveryRowInOrder() {
    RowBrowser browser = browser();
    assertThat(browser.countTextProperty().get()).isEqualTo("300 rows");
    List<Object[]> rows = shown(browser);
    assertThat(rows).hasSize(LoansCsv.ROWS);
    assertThat(RowBrowser.rowNumber(rows.get(7))).isEqualTo(7);
    assertThat(rows.get(7)[0]).isEqualTo(all.value(7, 0));
  }

  @Test
  void sortingReplacesThePagerWithTheProjectsOrder() {
    RowBrowser browser = browser();
    RowPager before = browser.pagerProperty().get();
    browser.sortProperty().set(new RowSort("amount", false));
    assertThat(browser.pagerProperty().get()).isNotSameAs(before);
    List<Object[]> rows = shown(browser);
    assertThat(rows).hasSize(LoansCsv.ROWS);
    for (int i = 1; i < rows.size(); i++) {
      Double previous = (Double) rows.get(i - 1)[1];
      Double value = (Double) rows.get(i)[1];
      if (value != null) {
        assertThat(previous).as("missing amounts come last").isNotNull().isGreaterThanOrEqualTo(value);
      }
    }
    assertThat(rows.get(rows.size() - 1)[1]).isNull();
    Object[] first = rows.get(0);
    assertThat(first[0]).isEqualTo(all.value(RowBrowser.rowNumber(first), 0));
    assertThat(browser.countTextProperty().get()).isEqualTo("300 rows");
  }

  @Test
  void filtersCountTheKeptRowsAndExplainBadNumbers() {
    RowBrowser browser = browser();
    browser.filterColumnProperty().set("city");
    browser.filterTextProperty().set("ber");
    long berlinOrBern = java.util.stream.IntStream.range(0, all.rowCount())
        .filter(r -> ((String) all.value(r, 2)).startsWith("Ber")).count();
    assertThat(browser.countTextProperty().get()).isEqualTo(berlinOrBern + " of 300 rows");
    assertThat(shown(browser)).allSatisfy(row -> assertThat((String) row[2]).startsWith("Ber"));

    browser.filterColumnProperty().set("amount");
    assertThat(browser.problemProperty().get()).contains("'ber' is not a number");
    browser.filterTextProperty().set(">5000");
    assertThat(browser.problemProperty().get()).isEmpty();
    assertThat(shown(browser)).isNotEmpty().allSatisfy(row -> assertThat((Double) row[1]).isGreaterThan(5000));

    browser.missingOnlyProperty().set(true);
    assertThat(browser.countTextProperty().get()).isEqualTo("30 of 300 rows");
    assertThat(shown(browser)).allSatisfy(row -> assertThat(row[1]).isNull());

    browser.clearFilter();
    assertThat(browser.countTextProperty().get()).isEqualTo("300 rows");
    assertThat(browser.query().isAll()).isTrue();
  }
}
