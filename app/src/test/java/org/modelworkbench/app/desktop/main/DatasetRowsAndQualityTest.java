package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.dataset.DatasetViewState;
import org.modelworkbench.app.desktop.support.LoansCsv;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ProgressListener;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The dataset view on a small loans dataset: a header click sorts the rows in the project, typing
 * in the filter bar filters them, both are found again after showing something else, and "Leave
 * out when training" on the Quality tab carries into the train dialog.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetRowsAndQualityTest extends WindowTestBase {
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

  private void showLoans() {
    waitForProject();
    long id = window.model().datasets().get(0).id();
    interact(() -> window.select("dataset:" + id));
    waitUntil("the loans dataset is shown", 10, () -> lookup("#rows-table").tryQuery().isPresent());
  }

  /** The first rows' texts in a column, or null while any of them is still loading. */
  private static List<String> firstCells(TableView<Integer> table, int column, int rows) {
    TableColumn<Integer, ?> c = table.getColumns().get(column);
    List<String> cells = new ArrayList<>();
    for (int r = 0; r < Math.min(rows, table.getItems().size()); r++) {
      Object text = c.getCellData(r);
      if ("…".equals(text)) {
        return null;
      }
      cells.add((String) text);
    }
    return cells;
  }

  @Test
  void clickingAHeaderSortsAndTypingFilters() {
    showLoans();
    TableView<Integer> table = lookup("#rows-table").query();
    Labeled count = lookup("#rows-count").queryLabeled();
    assertThat(count.getText()).isEqualTo("300 rows");

    Node amountHeader = from(table).lookup(".column-header").match((Node n) -> n instanceof TableColumnHeader header
        && header.getTableColumn() != null && "amount".equals(header.getTableColumn().getText())).query();
    clickOn(amountHeader);
    waitUntil("the rows are sorted by amount", 20, () -> {
      List<String> cells = firstCells(table, 2, 20);
      if (cells == null || cells.isEmpty() || cells.contains("")) {
        return false;
      }
      List<Double> amounts = cells.stream().map(Double::parseDouble).toList();
      return amounts.equals(amounts.stream().sorted().toList());
    });
    assertThat(table.getItems()).hasSize(300);

    @SuppressWarnings("unchecked")
    ComboBox<String> column = lookup("#filter-column").query();
    interact(() -> column.setValue("city"));
    clickOn("#filter-text").write("oslo");
    waitUntil("the rows are filtered to Oslo", 20, () -> count.getText().endsWith(" of 300 rows"));
    int kept = Integer.parseInt(count.getText().substring(0, count.getText().indexOf(' ')));
    assertThat(kept).isBetween(1, 299);
    assertThat(table.getItems()).hasSize(kept);
    waitUntil("the kept rows are shown", 10, () -> firstCells(table, 3, kept) != null);
    assertThat(firstCells(table, 3, kept)).containsOnly("Oslo");
    List<String> amounts = firstCells(table, 2, kept).stream().filter(a -> !a.isEmpty()).toList();
    assertThat(amounts.stream().map(Double::parseDouble).toList()).isSorted();

    clickOn("#filter-clear");
    waitUntil("the filter is cleared", 10, () -> count.getText().equals("300 rows"));
  }

  @Test
  void theSortAndFilterAreFoundAgainAfterLeavingTheDataset() {
    showLoans();
    long id = window.model().datasets().get(0).id();
    TableView<Integer> table = lookup("#rows-table").query();
    Node amountHeader = from(table).lookup(".column-header").match((Node n) -> n instanceof TableColumnHeader header
        && header.getTableColumn() != null && "amount".equals(header.getTableColumn().getText())).query();
    clickOn(amountHeader);
    @SuppressWarnings("unchecked")
    ComboBox<String> column = lookup("#filter-column").query();
    interact(() -> column.setValue("city"));
    clickOn("#filter-text").write("oslo");
    Labeled count = lookup("#rows-count").queryLabeled();
    // The count of the last text typed: the text is applied a moment after typing stops.
    waitUntil("the rows are filtered to Oslo", 20, () -> count.getText().endsWith(" of 300 rows")
        && window.model().datasetViews().of(id).map(DatasetViewState::filterText).orElse("").equals("oslo"));
    String kept = count.getText();

    interact(() -> window.select("section:MODELS"));
    waitUntil("the dataset view is gone", 10, () -> lookup("#rows-table").tryQuery().isEmpty());
    interact(() -> window.select("dataset:" + id));
    waitUntil("the dataset view is back", 10, () -> lookup("#rows-table").tryQuery().isPresent());

    TableView<Integer> again = lookup("#rows-table").query();
    Labeled countAgain = lookup("#rows-count").queryLabeled();
    waitUntil("the kept filter is applied again", 20, () -> countAgain.getText().equals(kept));
    int rows = Integer.parseInt(kept.substring(0, kept.indexOf(' ')));
    waitUntil("the kept rows are shown", 10, () -> firstCells(again, 3, rows) != null);
    assertThat(firstCells(again, 3, rows)).containsOnly("Oslo");
    List<String> amounts = firstCells(again, 2, rows).stream().filter(a -> !a.isEmpty()).toList();
    assertThat(amounts.stream().map(Double::parseDouble).toList()).isSorted();
    @SuppressWarnings("unchecked")
    ComboBox<String> columnAgain = lookup("#filter-column").query();
    TextField text = lookup("#filter-text").query();
    assertThat(columnAgain.getValue()).isEqualTo("city");
    assertThat(text.getText()).isEqualTo("oslo");
    assertThat(again.getSortOrder()).extracting(TableColumn::getText).containsExactly("amount");
    assertThat(again.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.ASCENDING);
  }

  @Test
  void leavingOutAColumnOnTheQualityTabCarriesIntoTheTrainDialog() {
    showLoans();
    TabPane tabs = lookup("#dataset-tabs").query();
    interact(() -> tabs.getSelectionModel().select(3));
    assertThat(tabs.getSelectionModel().getSelectedItem().getText()).startsWith("Quality");
    waitUntil("the findings are listed", 30, () -> lookup("#leave-out-customer_id").tryQuery().isPresent());

    @SuppressWarnings("unchecked")
    ComboBox<String> balanceTarget = lookup("#balance-target").query();
    interact(() -> balanceTarget.setValue("defaulted"));
    waitUntil("the target's serious findings count in the tab title", 30,
        () -> tabs.getTabs().get(3).getText().matches("Quality \\(\\d+\\)"));

    clickOn("#leave-out-customer_id");
    Labeled leftOut = lookup("#quality-left-out").queryLabeled();
    assertThat(leftOut.getText()).contains("customer_id");
    assertThat(lookup("#use-again-customer_id").tryQuery()).isPresent();

    clickOn("#train-button");
    waitUntil("the train dialog is open", 10, () -> window.trainDialog() != null
        && window.trainDialog().getDialogPane().lookup("#excluded-columns") != null);
    @SuppressWarnings("unchecked")
    CheckComboBox<String> excluded = (CheckComboBox<String>) window.trainDialog().getDialogPane()
        .lookup("#excluded-columns");
    assertThat(excluded.getCheckModel().getCheckedItems()).containsExactly("customer_id");
    assertThat(excluded.getTitle()).isEqualTo("customer_id");
    interact(() -> window.trainDialog().close());
  }

  @Test
  void theQualityTabChecksTheSuggestedTargetAndLeavesOutTheFlaggedColumnsInOneClick() {
    showLoans();
    TabPane tabs = lookup("#dataset-tabs").query();
    interact(() -> tabs.getSelectionModel().select(3));
    waitUntil("the leak of the suggested target is found", 30,
        () -> lookup("#leave-out-flagged").tryQuery().map(Node::isVisible).orElse(false));
    @SuppressWarnings("unchecked")
    ComboBox<String> target = lookup("#quality-target").query();
    assertThat(target.getValue()).isEqualTo("defaulted");
    Labeled flagged = lookup("#leave-out-flagged").queryLabeled();
    assertThat(flagged.getText()).contains("customer_id").contains("closing_code");

    interact(() -> {
      ((javafx.scene.control.Button) flagged).fire();
      assertThat(lookup("#quality-left-out").queryLabeled().getText())
          .contains("customer_id").contains("closing_code");
      assertThat(flagged.isVisible()).isFalse();
    });
  }
}
