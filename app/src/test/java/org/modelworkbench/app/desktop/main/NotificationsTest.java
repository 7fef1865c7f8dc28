package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.common.WindowNotifier;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The window's own notifications: drawn above the status bar, never over it, and one about a
 * written file offers Open and Show in folder.
 */
@ExtendWith(ApplicationExtension.class)
class NotificationsTest extends WindowTestBase {
  @TempDir
  Path dir;

  private final WindowNotifier shown = new WindowNotifier();
  private final List<Path> opened = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    showWindow(stage, TestProjects.withIris(dir.resolve("project")), dir.resolve("Sample project"),
        new SettingsFile(TestProjects.newSettingsFile()), shown);
    window.setFolderOpener(opened::add);
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void aReportNotificationSitsAboveTheStatusBarAndOpensTheFileOrItsFolder() throws Exception {
    waitForProject();
    Path report = Files.writeString(dir.resolve("run-1.pdf"), "%PDF-1.4");
    interact(() -> shown.info("Report exported", "The report of run 1 is in " + report, report));
    interact(() -> shown.info("Imported iris", "150 rows, 5 columns as iris (version 2)."));
    waitUntil("both notifications show", 5, () -> lookup(".notification").queryAll().size() == 2);

    Node statusBar = lookup("#status-bar").query();
    Bounds bar = statusBar.localToScene(statusBar.getLayoutBounds());
    for (Node card : lookup(".notification").queryAll()) {
      Bounds box = card.localToScene(card.getLayoutBounds());
      assertThat(box.getMaxY()).as("a notification ends above the status bar").isLessThan(bar.getMinY());
    }
    assertThat(lookup(".notification-show-in-folder").queryAll()).as("only the report has a file").hasSize(1);

    clickOn(".notification-open");
    waitUntil("the report is opened", 5, () -> opened.contains(report));
    clickOn(".notification-show-in-folder");
    waitUntil("its folder is opened", 5, () -> opened.contains(report.toAbsolutePath().getParent()));
    clickOn(".notification-close");
    assertThat(lookup(".notification").queryAll()).hasSize(1);
  }
}
