package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.support.LoansCsv;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.model.RowSort;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Export… in the dataset view writes the rows as shown: the filter typed in the filter bar, the
 * sort and the columns left out of training (kept from an earlier visit), as an Excel workbook
 * that imports back; a file that cannot be written is reported in a notification.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDatasetWindowTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      workbench.datasets().importCsv(LoansCsv.write(dir.resolve("loans.csv")), null, false, ProgressListener.NONE,
          CancellationToken.none());
    }
  }

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  /** Shows loans sorted by amount (largest first) with customer_id left out, then types the Oslo filter. */
  private int showOsloLoans() {
    waitForProject();
    long id = window.model().datasets().get(0).id();
    interact(() -> window.model().datasetViews().remember(id, new DatasetViewState(new RowSort("amount", false),
        null, "", false, List.of("customer_id"))));
    interact(() -> window.select("dataset:" + id));
    waitUntil("the loans dataset is shown", 10, () -> lookup("#export-dataset-button").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    ComboBox<String> column = lookup("#filter-column").query();
    interact(() -> column.setValue("city"));
    clickOn("#filter-text").write("oslo");
    Labeled count = lookup("#rows-count").queryLabeled();
    waitUntil("the rows are filtered to Oslo", 20, () -> count.getText().endsWith(" of 300 rows")
        && window.model().datasetViews().of(id).map(DatasetViewState::filterText).orElse("").equals("oslo"));
    return Integer.parseInt(count.getText().substring(0, count.getText().indexOf(' ')));
  }

  @Test
  void exportWritesTheRowsAsShownAndTheyImportBack() {
    int kept = showOsloLoans();
    Path file = dir.resolve("exports").resolve("oslo.xlsx");
    files.answer(file);
    clickOn("#export-dataset-button");
    waitUntil("the export is reported", 30, () -> !notifier.infos().isEmpty() || !notifier.errors().isEmpty());
    assertThat(notifier.errors()).isEmpty();
    assertThat(notifier.infos()).anySatisfy(text -> assertThat(text).startsWith("Dataset exported: " + kept
        + " rows of loans (4 columns) are in " + file.toAbsolutePath()));

    try (Workbench fresh = Workbench.open(dir.resolve("fresh"))) {
      DatasetInfo back = fresh.imports().importFile(file, ImportRequest.of("oslo", false), ProgressListener.NONE,
          CancellationToken.none()).dataset();
      DataTable rows = fresh.datasets().rows(back);
      assertThat(rows.columnNames()).containsExactly("amount", "city", "closing_code", "defaulted");
      assertThat(rows.rowCount()).isEqualTo(kept);
      assertThat(rows.textColumn(1)).containsOnly("Oslo");
      double[] amounts = rows.numericColumn(0);
      int present = 0;
      while (present < amounts.length && !Double.isNaN(amounts[present])) {
        present++;
      }
      for (int r = 1; r < present; r++) {
        assertThat(amounts[r]).isLessThanOrEqualTo(amounts[r - 1]);
      }
      for (int r = present; r < amounts.length; r++) {
        assertThat(amounts[r]).as("missing amounts come last").isNaN();
      }
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsReported() throws Exception {
    showOsloLoans();
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file");
    files.answer(blocker.resolve("oslo.csv"));
    clickOn("#export-dataset-button");
    waitUntil("the failure is reported", 30, () -> !notifier.errors().isEmpty());
    assertThat(notifier.errors().get(0)).startsWith("Could not export loans: Could not write "
        + blocker.resolve("oslo.csv").toAbsolutePath() + ": ");
    assertThat(Files.readString(blocker)).isEqualTo("a file");
  }
}
