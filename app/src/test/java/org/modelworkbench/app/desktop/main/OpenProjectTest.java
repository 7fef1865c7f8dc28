package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** First start on the sample project, then File ▸ Open project with Ctrl+O. */
@ExtendWith(ApplicationExtension.class)
class OpenProjectTest extends WindowTestBase {
  @TempDir
  Path home;

  @Start
  void start(Stage stage) {
    showWindow(stage, null, home.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void firstStartOpensTheSampleProjectWithItsDatasetsAndCtrlOOpensAnother() {
    waitUntil("the sample datasets are imported", 120, () -> window.model().datasets().size() == 6);
    assertThat(window.stage().getTitle()).isEqualTo("Model Workbench — Sample project");
    assertThat(recent.list()).containsExactly(home.resolve("Sample project"));
    TreeView<SidebarItem> sidebar = lookup("#sidebar").query();
    waitUntil("the sidebar lists the datasets", 10, () -> sidebar.getRoot().getChildren().get(0).getChildren().size() == 6);
    assertThat(sidebar.getRoot().getChildren()).extracting(TreeItem::getValue).containsExactly(
        new SidebarItem.Section(SidebarItem.Kind.DATASETS), new SidebarItem.Section(SidebarItem.Kind.MODELS),
        new SidebarItem.Section(SidebarItem.Kind.RUNS));
    assertThat(lookup("#device-label").queryLabeled().getText()).startsWith("Compute:");

    Path other = TestProjects.withIris(home.resolve("loans"));
    files.answer(other);
    clickOn("#sidebar");
    press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    waitUntil("the other project is open", 60, () -> window.stage().getTitle().equals("Model Workbench — loans")
        && window.model().datasets().size() == 1);
    assertThat(recent.list()).startsWith(other.toAbsolutePath().normalize());
  }
}
