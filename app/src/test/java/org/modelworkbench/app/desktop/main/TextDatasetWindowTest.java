package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ReviewsCsv;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.modelworkbench.services.Workbench;
import org.modelworkbench.services.datasets.ImportRequest;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A dataset of reviews in the window: the review column wraps over taller rows, the selected row's
 * text shows in full below the table, a quoted phrase filters the texts ignoring case, and the
 * columns tab shows the text profile and switches the column to categories and back.
 */
@ExtendWith(ApplicationExtension.class)
class TextDatasetWindowTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      workbench.imports().importFile(ReviewsCsv.write(dir.resolve("reviews.csv")), ImportRequest.defaults(),
          (f, m) -> { }, CancellationToken.none());
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

  private DatasetInfo showReviews() {
    waitForProject();
    DatasetInfo reviews = window.model().datasets().get(0);
    assertThat(reviews.column("review").map(ColumnProfile::type)).contains(ColumnType.TEXT);
    interact(() -> window.select("dataset:" + reviews.id()));
    waitUntil("the reviews are shown", 10, () -> lookup("#rows-table").tryQuery().isPresent());
    return reviews;
  }

  /** The review cells on screen with their texts, once their page arrived. */
  private List<TableCell<?, ?>> reviewCells() {
    List<TableCell<?, ?>> cells = new java.util.ArrayList<>();
    for (Node n : lookup(".text-cell").queryAll()) {
      TableCell<?, ?> c = (TableCell<?, ?>) n;
      if (!c.isEmpty() && c.getText() != null && !c.getText().equals("…")) {
        cells.add(c);
      }
    }
    return cells;
  }

  /** The texts of the text profile's labels. */
  private Set<String> factTexts() {
    javafx.scene.layout.GridPane grid = lookup("#text-facts").query();
    Set<String> texts = new java.util.HashSet<>();
    for (Node n : grid.getChildren()) {
      if (n instanceof Labeled l) {
        texts.add(l.getText());
      }
    }
    return texts;
  }

  @Test
  void textWrapsInTallerRowsAndTheSelectedRowShowsInFull() {
    showReviews();
    TableView<Integer> table = lookup("#rows-table").query();
    assertThat(table.getFixedCellSize()).isGreaterThan(50);
    waitUntil("the reviews are drawn", 20, () -> !reviewCells().isEmpty());
    TableCell<?, ?> cell = reviewCells().get(0);
    assertThat(cell.isWrapText()).isTrue();
    assertThat(cell.getText()).doesNotContain("\n");
    assertThat(cell.getTableColumn().getWidth()).isGreaterThan(300);

    // Row 3 (index 2) runs over two lines in the file: the detail keeps its line break.
    interact(() -> table.getSelectionModel().select(2));
    TextArea detail = lookup("#row-detail-text").query();
    waitUntil("the detail shows the row", 10, () -> !detail.getText().isEmpty());
    assertThat(lookup("#row-detail-title").queryLabeled().getText()).isEqualTo("Row 3");
    assertThat(detail.getText()).startsWith("The ").contains("\nWould ");
    assertThat(detail.isWrapText()).isTrue();
    assertThat(detail.isEditable()).isFalse();
  }

  @Test
  void aQuotedPhraseFindsTheTextsThatContainItInAnyCase() {
    showReviews();
    @SuppressWarnings("unchecked")
    ComboBox<String> column = lookup("#filter-column").query();
    interact(() -> column.setValue("review"));
    TextField text = lookup("#filter-text").query();
    assertThat(text.getPromptText()).isEqualTo("A word or \"a phrase\"");
    clickOn(text).write("\"late delivery\"");
    Labeled count = lookup("#rows-count").queryLabeled();
    String expected = ReviewsCsv.lateDeliveries() + " of " + ReviewsCsv.ROWS + " rows";
    waitUntil("the rows are filtered to late deliveries", 20, () -> count.getText().equals(expected));
    waitUntil("the kept reviews are drawn", 20, () -> !reviewCells().isEmpty());
    assertThat(reviewCells()).allSatisfy(c -> assertThat(c.getText().toLowerCase(Locale.ROOT))
        .contains("late delivery"));
    assertThat(lookup("#filter-problem").queryLabeled().getText()).isEmpty();
  }

  @Test
  void theColumnsTabShowsTheTextProfileAndSwitchesTheType() {
    DatasetInfo reviews = showReviews();
    interact(() -> {
      TabPane tabs = lookup("#dataset-tabs").query();
      tabs.getSelectionModel().select(1);
    });
    TableView<ColumnProfile> columns = lookup("#columns-table").query();
    interact(() -> columns.getSelectionModel().select(0));
    waitUntil("the text profile is read", 20, () -> lookup("#text-facts").query().isVisible()
        && factTexts().contains("Most frequent words"));
    Set<String> facts = factTexts();
    assertThat(facts).contains("Texts", "120", "With no words", "Exact duplicates", "Median length", "Longest");
    Button switchType = lookup("#column-type-switch").queryButton();
    assertThat(switchType.getText()).isEqualTo("Read as categories");

    clickOn(switchType);
    waitUntil("the review column is read as categories", 20, () -> lookup("#column-type-switch").tryQuery()
        .map(n -> ((Button) n).getText().equals("Read as text")).orElse(false));
    assertThat(((TabPane) lookup("#dataset-tabs").query()).getSelectionModel().getSelectedIndex()).isEqualTo(1);
    assertThat(lookup("#text-facts").query().isVisible()).isFalse();
    TableView<ColumnProfile> after = lookup("#columns-table").query();
    assertThat(after.getSelectionModel().getSelectedItem().name()).isEqualTo("review");
    assertThat(after.getSelectionModel().getSelectedItem().type()).isEqualTo(ColumnType.CATEGORICAL);
    waitUntil("the project sees the new type", 10, () -> window.model().datasets().stream()
        .filter(d -> d.id() == reviews.id()).findFirst()
        .flatMap(d -> d.column("review")).map(c -> c.type() == ColumnType.CATEGORICAL).orElse(false));

    clickOn("#column-type-switch");
    waitUntil("the review column is text again", 20, () -> lookup("#column-type-switch").tryQuery()
        .map(n -> ((Button) n).getText().equals("Read as categories")).orElse(false));
    waitUntil("the text profile shows again", 20, () -> lookup("#text-facts").query().isVisible());
  }
}
