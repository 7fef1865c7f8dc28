package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.Job;
import org.modelworkbench.app.desktop.jobs.JobState;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.RejectedRow;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Files dropped on the window import as jobs; a bad one is reported while the others import. */
@ExtendWith(ApplicationExtension.class)
class DropImportTest extends WindowTestBase {
  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void droppedFilesImportAndABadFileShowsItsErrorWhileTheOthersImport() throws IOException {
    waitForProject();
    // The empty project's overview is drawn just after the project is read.
    waitUntil("the empty project invites a drop", 10, () -> lookup(DatasetsOverview.EMPTY_TITLE).tryQuery().isPresent());
    Path iris = Files.copy(TestProjects.iris(), dir.resolve("iris.csv"));
    Path pdf = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    StringBuilder loans = new StringBuilder("id,amount,defaulted\n");
    for (int i = 1; i <= 12; i++) {
      loans.append(i).append(',').append(100 * i).append(',').append(i % 3 == 0 ? "yes" : "no").append('\n');
    }
    loans.append("13,1300\n");
    Path loansCsv = Files.writeString(dir.resolve("loans.csv"), loans);
    Dragboard board = mock(Dragboard.class);
    when(board.hasFiles()).thenReturn(true);
    when(board.getFiles()).thenReturn(List.of(iris.toFile(), pdf.toFile(), loansCsv.toFile()));
    when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY));
    Node root = lookup("#window-root").query();
    Node overlay = lookup("#drop-overlay").query();

    interact(() -> root.fireEvent(drag(DragEvent.DRAG_OVER, board)));
    assertThat(overlay.isVisible()).as("the window highlights while files are over it").isTrue();
    interact(() -> root.fireEvent(drag(DragEvent.DRAG_DROPPED, board)));
    assertThat(overlay.isVisible()).isFalse();

    waitUntil("both CSV files are imported", 60, () -> window.model().datasets().size() == 2);
    waitUntil("every job has ended", 30, () -> runner.jobs().stream().allMatch(j -> j.getState().isDone()));
    assertThat(runner.jobs()).filteredOn(j -> j.title().equals("Import notes.pdf"))
        .extracting(Job::getState).containsExactly(JobState.FAILED);
    assertThat(runner.jobs()).filteredOn(j -> !j.title().equals("Import notes.pdf"))
        .extracting(Job::getState).containsOnly(JobState.SUCCEEDED);
    assertThat(notifier.errors()).singleElement().asString().startsWith("Could not import notes.pdf: notes.pdf is not a data file");
    assertThat(lookup("#jobs-panel").tryQuery()).as("a failure opens the jobs panel").isPresent();

    long loansId = window.model().datasets().stream().filter(d -> d.name().equals("loans")).findFirst().orElseThrow().id();
    interact(() -> window.select("dataset:" + loansId));
    waitUntil("the loans dataset is shown", 10, () -> lookup("#rows-table").tryQuery().isPresent());
    clickOn("Rejected rows (1)");
    TableView<RejectedRow> rejected = lookup("#rejected-rows").query();
    waitUntil("the rejected row is listed", 10, () -> rejected.getItems().size() == 1);
    assertThat(rejected.getItems().get(0).line()).isEqualTo(14);
  }

  @Test
  void nextMonthsFileAsksWhetherItIsANewVersionAndBecomesOne() throws IOException {
    waitForProject();
    Path january = Files.writeString(dir.resolve("loans_2025.csv"), "id,amount,defaulted\n1,100,no\n2,200,yes\n");
    Path february = Files.writeString(dir.resolve("loans_2025_02.csv"), "id,amount,defaulted\n3,300,no\n4,400,yes\n");
    interact(() -> window.importFiles(List.of(january)));
    waitUntil("January is imported", 60, () -> window.model().datasets().stream()
        .anyMatch(d -> d.name().equals("loans_2025")));
    assertThat(lookup("#version-question").tryQuery()).as("nothing to ask about a first file").isEmpty();

    Dragboard board = mock(Dragboard.class);
    when(board.hasFiles()).thenReturn(true);
    when(board.getFiles()).thenReturn(List.of(february.toFile()));
    when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY));
    Node root = lookup("#window-root").query();
    interact(() -> root.fireEvent(drag(DragEvent.DRAG_DROPPED, board)));

    waitUntil("the question is asked", 30, () -> lookup("#version-question").tryQuery().isPresent());
    javafx.scene.control.DialogPane question = lookup("#version-question").query();
    assertThat(question.getHeaderText()).isEqualTo("loans_2025_02.csv has the same columns as loans_2025");
    javafx.scene.control.Button version = (javafx.scene.control.Button) question.getButtonTypes().stream()
        .map(question::lookupButton).filter(b -> ((javafx.scene.control.Button) b).getText()
            .equals("Version 2 of loans_2025")).findFirst().orElseThrow();
    assertThat(version.isDefaultButton()).isTrue();
    assertThat(version.isMnemonicParsing()).as("the underscores of a name are shown").isFalse();
    interact(version::fire);

    waitUntil("February is version 2", 60, () -> notifier.infos().stream()
        .anyMatch(i -> i.equals("Imported loans_2025_02.csv: 2 rows, 3 columns as loans_2025 (version 2).")));
    waitUntil("the list is refreshed", 30, () -> window.model().datasets().stream()
        .anyMatch(d -> d.name().equals("loans_2025") && d.version() == 2));
    assertThat(window.model().datasets()).noneMatch(d -> d.name().equals("loans_2025_02"));
    assertThat(lookup("#version-question").tryQuery()).isEmpty();
  }

  private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard board) {
    return new DragEvent(type, board, 100, 100, 100, 100, TransferMode.COPY, null, null, null);
  }
}
