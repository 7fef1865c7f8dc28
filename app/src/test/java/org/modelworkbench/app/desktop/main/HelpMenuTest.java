package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.modelworkbench.model.UserFolders;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Help ▸ About names versions, device and folders and copies them; Help ▸ Open log folder says where it is. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest extends WindowTestBase {
  @TempDir
  static Path dir;

  @Start
  void start(Stage stage) {
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  /** Fires the menu item with this id, as a click on it does. */
  static void fireMenuItem(WindowTestBase test, String id) {
    MenuBar bar = test.lookup("#main-menu").query();
    MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
        .filter(candidate -> id.equals(candidate.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("no menu item #" + id));
    test.interact(item::fire);
  }

  @Test
  void aboutShowsTheFactsOfABugReportAndCopiesThem() {
    waitForProject();
    fireMenuItem(this, "menu-about-model-workbench");
    waitUntil("the About box is open", 10, () -> lookup("#about-dialog").tryQuery().isPresent());
    TextArea text = lookup("#about-text").query();
    waitUntil("the engine has answered", 60, () -> !text.getText().contains("checking"));
    UserFolders folders = UserFolders.forCurrentUser();
    assertThat(text.getText().lines()).contains(
        "Log file: " + folders.logFile(),
        "Cache folder: " + folders.cache(),
        "Project: " + dir.resolve("project"));
    assertThat(text.getText()).containsPattern("DJL: 0\\.36\\.0").contains("Compute device: CPU");

    clickOn("#about-copy");
    Label copied = lookup("#about-copied").query();
    assertThat(copied.getText()).isEqualTo("Copied to the clipboard.");
    String onClipboard = interactAndGet(() -> Clipboard.getSystemClipboard().getString());
    assertThat(onClipboard).isEqualTo(text.getText());
  }

  @Test
  void openLogFolderNamesTheFolderWhenNoFileManagerOpens() {
    waitForProject();
    fireMenuItem(this, "menu-open-log-folder");
    waitUntil("the log folder's place is shown", 10, () -> lookup("#log-folder-failed").tryQuery().isPresent());
    TextField path = lookup("#log-folder-path").query();
    assertThat(path.getText()).isEqualTo(UserFolders.forCurrentUser().logs().toString());
  }

  private <T> T interactAndGet(java.util.concurrent.Callable<T> call) {
    try {
      return org.testfx.util.WaitForAsyncUtils.asyncFx(call).get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
