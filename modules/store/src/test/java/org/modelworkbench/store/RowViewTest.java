package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.RowFilter;
import org.modelworkbench.model.RowPage;
import org.modelworkbench.model.RowQuery;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.model.RowView;
import org.modelworkbench.model.WorkbenchException;

/**
 * Views of small datasets: a table saved in H2 and the same table in columnar files answer every
 * query the same way, with values of every type and edge values.
 */
class RowViewTest {
  @TempDir Path dir;
  private ProjectDatabase project;
  private DatasetInfo inTable;
  private DatasetInfo inFiles;

  @BeforeEach
  void open() {
    project = ProjectDatabase.open(dir);
    DataTable table = Fixtures.allTypes();
    inTable = Fixtures.save(project, "typed", table);
    try (DatasetAppender appender = project.datasets().openAppender("files", table.columns())) {
      for (int r = 0; r < table.rowCount(); r++) {
        appender.append(table.row(r));
      }
      inFiles = appender.commit("files.csv", "ef".repeat(32), Fixtures.profiles(table), List.of(),
          CancellationToken.none());
    }
  }

  @AfterEach
  void close() {
    project.close();
  }

  private int[] rows(DatasetInfo dataset, RowQuery query) {
    RowView view = project.datasets().view(dataset.id(), query, null);
    return view.rows(0, 100).rowNumbers();
  }

  /** The rows of both copies, checking they agree. */
  private int[] rows(RowQuery query) {
    int[] typed = rows(inTable, query);
    assertThat(rows(inFiles, query)).as("columnar files agree with the typed table").containsExactly(typed);
    return typed;
  }

  private static RowQuery sort(String column, boolean ascending) {
    return new RowQuery(new RowSort(column, ascending), List.of());
  }

  private static RowQuery filter(RowFilter... filters) {
    return new RowQuery(null, List.of(filters));
  }

  @Test
  void sortsEveryTypeWithMissingValuesLast() {
    assertThat(rows(RowQuery.all())).containsExactly(0, 1, 2, 3, 4);
    assertThat(rows(sort("id", true))).containsExactly(2, 4, 0, 3, 1);
    assertThat(rows(sort("id", false))).containsExactly(3, 0, 4, 2, 1);
    // -infinity, -0.000123, 1.5, NaN (largest, as Double.compare has it), then missing.
    assertThat(rows(sort("amount", true))).containsExactly(3, 4, 0, 2, 1);
    assertThat(rows(sort("active", true))).containsExactly(2, 0, 3, 1, 4);
    assertThat(rows(sort("active", false))).containsExactly(0, 3, 2, 1, 4);
    assertThat(rows(sort("day", true))).containsExactly(2, 4, 0, 3, 1);
    assertThat(rows(sort("seen", false))).containsExactly(3, 0, 2, 1, 4);
    assertThat(rows(sort("label", true))).containsExactly(2, 3, 4, 0, 1);
  }

  @Test
  void filtersByTextRangeAndMissing() {
    assertThat(rows(filter(new RowFilter.Contains("label", "NAÏVE")))).containsExactly(3);
    assertThat(rows(filter(new RowFilter.EqualTo("label", "")))).containsExactly(2);
    assertThat(rows(filter(new RowFilter.Contains("amount", "-0.000123")))).containsExactly(4);
    assertThat(rows(filter(new RowFilter.Contains("day", "2024-02")))).containsExactly(0);
    assertThat(rows(filter(new RowFilter.Contains("seen", "13:45:07.123")))).containsExactly(0);
    assertThat(rows(filter(new RowFilter.EqualTo("active", "false")))).containsExactly(2);
    assertThat(rows(filter(new RowFilter.Between("id", -7, true, 1, true)))).containsExactly(0, 4);
    assertThat(rows(filter(new RowFilter.Between("id", -7, false, Double.POSITIVE_INFINITY, true))))
        .containsExactly(0, 3);
    assertThat(rows(filter(new RowFilter.Missing("active")))).containsExactly(1, 4);
    assertThat(rows(new RowQuery(new RowSort("id", false),
        List.of(new RowFilter.Between("amount", Double.NEGATIVE_INFINITY, true, 2, true))))).containsExactly(3, 0, 4);
  }

  @Test
  void pagesCarryValuesAndOriginalRowNumbers() {
    RowView view = project.datasets().view(inFiles.id(), sort("id", false), null);
    assertThat(view.rowCount()).isEqualTo(5);
    assertThat(view.totalRows()).isEqualTo(5);
    RowPage page = view.rows(1, 2);
    assertThat(page.rowNumbers()).containsExactly(0, 4);
    assertThat(page.rows().row(0)).containsExactly(Fixtures.allTypes().row(0));
    assertThat(view.rows(4, 10).rowNumbers()).containsExactly(1);
    assertThat(view.rows(9, 10).rowNumbers()).isEmpty();
  }

  @Test
  void plainMessagesForUnknownColumnsAndRangesOfText() {
    assertThatThrownBy(() -> project.datasets().view(inFiles.id(), sort("nope", true), null))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("has no column 'nope'")
        .hasMessageContaining("id, amount");
    assertThatThrownBy(() -> project.datasets().view(inTable.id(),
        filter(new RowFilter.Between("label", 0, true, 1, true)), null))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("holds text");
    CancellationToken token = new CancellationToken();
    token.cancel();
    assertThatThrownBy(() -> project.datasets().view(inFiles.id(), sort("id", true), token))
        .isInstanceOf(CancellationException.class);
  }
}
