package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back where it was left: place, size and the sidebar's split. */
@ExtendWith(ApplicationExtension.class)
class WindowStateRestoreTest extends WindowTestBase {
  @TempDir
  static Path dir;

  private SettingsFile settingsFile;
  private Stage first;

  @Start
  void start(Stage stage) {
    settingsFile = new SettingsFile(dir.resolve("settings.properties"));
    first = stage;
    showWindow(stage, dir.resolve("project"), dir.resolve("Sample project"), settingsFile);
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void aRestartRestoresThePlaceSizeAndSplitOfTheLastQuit() throws Exception {
    waitForProject();
    SplitPane split = lookup("#main-split").query();
    interact(() -> {
      first.setX(40);
      first.setY(30);
      first.setWidth(1000);
      first.setHeight(680);
    });
    interact(() -> split.setDividerPositions(0.25));
    double shown = split.getDividerPositions()[0];
    assertThat(shown).isCloseTo(0.25, within(0.03));
    interact(window::requestQuit);
    waitUntil("the window has quit", 30, () -> quits.get() == 1);
    assertThat(WindowState.read(new SettingsFile(dir.resolve("settings.properties")))).hasValueSatisfying(saved -> {
      assertThat(saved.width()).isEqualTo(1000);
      assertThat(saved.height()).isEqualTo(680);
      assertThat(saved.sidebarDivider()).isCloseTo(shown, within(0.005));
    });

    runner.close();
    Stage second = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
    SettingsFile reread = new SettingsFile(dir.resolve("settings.properties"));
    interact(() -> showWindow(second, dir.resolve("project"), dir.resolve("Sample project"), reread));
    waitForProject();

    assertThat(second.getX()).isEqualTo(40);
    assertThat(second.getY()).isEqualTo(30);
    assertThat(second.getWidth()).isEqualTo(1000);
    assertThat(second.getHeight()).isEqualTo(680);
    SplitPane restored = from(second.getScene().getRoot()).lookup("#main-split").query();
    assertThat(restored.getDividerPositions()[0]).isCloseTo(shown, within(0.005));
  }
}
