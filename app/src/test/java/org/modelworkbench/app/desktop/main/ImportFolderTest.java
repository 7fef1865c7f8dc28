package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.ColumnProfile;
import org.modelworkbench.model.ColumnType;
import org.modelworkbench.model.DatasetInfo;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * File ▸ Import Folder… asks for a folder (not a file) and imports it as a drop does: a folder of
 * pictures per class and a folder of texts per class. The empty project names every kind of data
 * it reads and offers both imports.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFolderTest extends WindowTestBase {
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
  void importFolderImportsAFolderOfPicturesAndAFolderOfTexts() throws IOException {
    waitForProject();
    waitUntil("the empty project invites data", 10, () -> lookup("#datasets-empty").tryQuery().isPresent());
    String hint = lookup("#datasets-empty .empty-hint").queryLabeled().getText();
    assertThat(hint).contains("CSV", "TSV", "Excel", "JSON Lines", "zip", "pictures", "texts");
    assertThat(lookup("#empty-import-file").tryQuery()).isPresent();
    assertThat(lookup("#empty-import-folder").tryQuery()).isPresent();

    Path digits = copy(ImageProjects.RESOURCES.resolve("images/digits"), dir.resolve("digits"));
    files.answer(digits);
    HelpMenuTest.fireMenuItem(this, "menu-import-folder");
    waitUntil("the pictures are imported", 120, () -> window.model().datasets().stream()
        .anyMatch(d -> d.name().equals("digits")));
    DatasetInfo pictures = dataset("digits");
    assertThat(pictures.holdsImages()).isTrue();
    assertThat(pictures.column("class").map(ColumnProfile::distinct)).contains(10L);

    Path tickets = texts(dir.resolve("tickets"));
    files.answer(tickets);
    // A real click on the menu, as the user does it.
    clickOn("File");
    clickOn("Import Folder…");
    waitUntil("the texts are imported", 60, () -> window.model().datasets().stream()
        .anyMatch(d -> d.name().equals("tickets")));
    DatasetInfo texts = dataset("tickets");
    assertThat(texts.rows()).isEqualTo(12);
    assertThat(texts.column("text").map(ColumnProfile::type)).contains(ColumnType.TEXT);
    assertThat(texts.column("label").map(ColumnProfile::distinct)).contains(2L);

    assertThat(files.asked()).as("both went through a folder chooser").hasSize(2)
        .allMatch(asked -> asked.startsWith("folder: "));
    assertThat(notifier.errors()).isEmpty();
    assertThat(notifier.infos()).anyMatch(info -> info.startsWith("Imported digits: 100 pictures in 10 classes"))
        .anyMatch(info -> info.startsWith("Imported tickets: 12 rows"));
  }

  private DatasetInfo dataset(String name) {
    return window.model().datasets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }

  /** A folder of support tickets as .txt files, one sub-folder per category. */
  private static Path texts(Path root) throws IOException {
    String[][] words = {{"billing", "I was charged twice for my subscription this month, please refund one payment"},
        {"account", "I cannot log in to my account since the password reset email never arrived"}};
    for (String[] category : words) {
      Files.createDirectories(root.resolve(category[0]));
      for (int i = 0; i < 6; i++) {
        Files.writeString(root.resolve(category[0]).resolve("ticket_" + i + ".txt"),
            category[1] + " (ticket " + i + ", order " + (1000 + i * 7) + ").");
      }
    }
    return root;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }
}
