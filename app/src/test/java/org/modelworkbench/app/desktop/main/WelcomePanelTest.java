package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.settings.SettingsFile;
import org.modelworkbench.app.desktop.support.TestProjects;
import org.modelworkbench.app.desktop.support.WindowTestBase;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A first start: the sample project trains its example run in the background, and the welcome
 * panel offers the three first steps; "Open the example run" opens the finished run, the panel
 * closes with its × (kept for the next start) and Help ▸ Getting started brings it back.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomePanelTest extends WindowTestBase {
  @TempDir
  Path home;

  private Path settingsFile;

  @Start
  void start(Stage stage) {
    settingsFile = TestProjects.newSettingsFile();
    showWindow(stage, null, home.resolve("Sample project"), new SettingsFile(settingsFile));
  }

  @Stop
  void stop() {
    closeWindow();
  }

  @Test
  void theWelcomePanelOpensTheFinishedExampleRunAndComesBackFromTheHelpMenu() {
    waitUntil("the sample datasets are imported", 120, () -> window.model().datasets().size() == 6);
    waitUntil("the welcome panel shows", 10, () -> lookup("#welcome-panel").tryQuery().map(Node::isVisible)
        .orElse(false));
    assertThat(lookup("#welcome-import-file").tryQuery()).isPresent();
    assertThat(lookup("#welcome-import-folder").tryQuery()).isPresent();
    Button train = lookup("#welcome-train-sample").queryButton();
    assertThat(train.isDisabled()).isFalse();

    Button open = lookup("#welcome-open-example").queryButton();
    waitUntil("the example run has trained", 120, () -> !open.isDisabled());
    assertThat(lookup("#welcome-example-text").queryLabeled().getText()).startsWith("Run 1 predicts species of penguins");
    assertThat(window.model().runs()).singleElement().satisfies(run -> {
      assertThat(run.datasetName()).isEqualTo("penguins");
      assertThat(run.target()).isEqualTo("species");
    });
    clickOn(open);
    waitUntil("the example run's view shows", 20, () -> lookup("#run-view").tryQuery().isPresent());

    interact(() -> window.showSection(SidebarItem.Kind.DATASETS));
    waitUntil("the datasets show with the panel", 10, () -> lookup("#welcome-close").tryQuery().isPresent());
    clickOn("#welcome-close");
    assertThat(lookup("#welcome-panel").query().isVisible()).isFalse();
    assertThat(new SettingsFile(settingsFile).get("welcome.dismissed")).contains("true");

    HelpMenuTest.fireMenuItem(this, "menu-getting-started");
    assertThat(lookup("#welcome-panel").query().isVisible()).isTrue();
    assertThat(new SettingsFile(settingsFile).get("welcome.dismissed")).contains("false");

    clickOn(train);
    waitUntil("the train dialog opens on the penguins", 20, () -> window.trainDialog() != null
        && lookup("#start-training").tryQuery().isPresent());
  }
}
