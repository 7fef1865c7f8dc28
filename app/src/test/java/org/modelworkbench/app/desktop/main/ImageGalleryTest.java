package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.ImageProjects;
import org.modelworkbench.app.desktop.support.PictureFolders;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.services.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A folder of pictures per class, two of them damaged, opens on its Images tab: a header per class
 * with its count, thumbnails that load, the two damaged files named, and a larger preview on click.
 */
@ExtendWith(ApplicationExtension.class)
class ImageGalleryTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @BeforeAll
  static void project() {
    try (Workbench workbench = Workbench.open(dir.resolve("project"))) {
      ImageProjects.importImages(workbench, PictureFolders.defects(dir, PictureFolders.mixed()), null);
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

  private static List<String> texts(Set<Node> nodes) {
    return nodes.stream().map(n -> ((Labeled) n).getText()).toList();
  }

  @Test
  void anImageDatasetShowsItsClassesCountsThumbnailsAndLeftOutFiles() {
    waitForProject();
    long id = window.model().datasets().get(0).id();
    interact(() -> window.select("dataset:" + id));
    waitUntil("the class headers show", 20, () -> lookup(".gallery-class-title").queryAll().size() == 3);

    TabPane tabs = lookup("#dataset-tabs").query();
    assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Images");
    assertThat(texts(lookup(".gallery-class-title").queryAll())).containsExactly("dent", "ok", "scratch");
    assertThat(texts(lookup(".gallery-class-count").queryAll()))
        .containsExactly("5 pictures · 3.0%", "30 pictures · 18.2%", "130 pictures · 78.8%");
    assertThat(lookup("#gallery-left-out-title").queryLabeled().getText()).isEqualTo("Left out: 2 files");
    assertThat(texts(lookup(".gallery-left-out-file").queryAll()))
        .anyMatch(t -> t.startsWith("defects/ok/broken.png — not a readable image"))
        .anyMatch(t -> t.startsWith("defects/dent/empty.jpg — not a readable image"));
    assertThat(lookup(".gallery-thumbnail").queryAll()).hasSize(5 + 24 + 24);

    waitUntil("a thumbnail has loaded", 20, () -> lookup(".gallery-thumbnail").queryAll().stream()
        .flatMap(tile -> ((Region) tile).getChildrenUnmodifiable().stream())
        .anyMatch(n -> n instanceof ImageView v && v.getImage() != null && v.getImage().getProgress() >= 1.0
            && !v.getImage().isError() && v.getImage().getWidth() > 0));

    Node first = lookup(".gallery-thumbnail").query();
    interact(() -> first.getOnMouseClicked().handle(null));
    waitUntil("the preview opens", 10, () -> lookup("#image-preview").tryQuery().isPresent());
  }
}
