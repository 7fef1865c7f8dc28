package org.modelworkbench.app.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.settings.SettingsFile;

/** The window's remembered place, fitted to the screens there are now; no screen needed. */
class WindowStateTest {
  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
  private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

  @TempDir
  Path dir;

  @Test
  void aStateIsKeptInTheSettingsFile() {
    SettingsFile settings = new SettingsFile(dir.resolve("settings.properties"));
    new WindowState(140, 60, 1400, 900, true, 0.25, 0.6).writeTo(settings);
    settings.save();

    WindowState read = WindowState.read(new SettingsFile(dir.resolve("settings.properties"))).orElseThrow();

    assertThat(read).isEqualTo(new WindowState(140, 60, 1400, 900, true, 0.25, 0.6));
  }

  @Test
  void nothingSavedOrGarbageReadsAsNothing() {
    SettingsFile settings = new SettingsFile(dir.resolve("settings.properties"));
    assertThat(WindowState.read(settings)).isEmpty();
    settings.put("window.width", "wide");
    settings.put("window.height", "800");
    assertThat(WindowState.read(settings)).isEmpty();
  }

  @Test
  void badSplitPositionsFallBackToTheDefaults() {
    SettingsFile settings = new SettingsFile(dir.resolve("settings.properties"));
    new WindowState(10, 10, 1000, 700, false, 1.5, -2).writeTo(settings);
    WindowState read = WindowState.read(settings).orElseThrow();
    assertThat(read.sidebarDivider()).isEqualTo(WindowState.SIDEBAR_DIVIDER);
    assertThat(read.jobsDivider()).isEqualTo(WindowState.JOBS_DIVIDER);
  }

  @Test
  void aWindowOnAScreenStaysWhereItWas() {
    WindowState saved = new WindowState(2100, 100, 1600, 1000, false, 0.3, 0.7);
    assertThat(saved.placedOn(List.of(LAPTOP, RIGHT_MONITOR), 1280, 800)).isEqualTo(saved);
  }

  @Test
  void aWindowOnAnUnpluggedMonitorComesBackCentredAtTheDefaultSize() {
    WindowState saved = new WindowState(2100, 100, 1600, 1000, true, 0.3, 0.7);

    WindowState placed = saved.placedOn(List.of(LAPTOP), 1280, 800);

    assertThat(placed.isCentred()).isTrue();
    assertThat(placed.width()).isEqualTo(1280);
    assertThat(placed.height()).isEqualTo(800);
    assertThat(placed.maximized()).isTrue();
    assertThat(placed.sidebarDivider()).isEqualTo(0.3);
  }

  @Test
  void aTitleBarAboveTheScreenOrJustAtItsEdgeIsOffScreen() {
    assertThat(new WindowState(100, -900, 1280, 800, false, 0.2, 0.7).placedOn(List.of(LAPTOP), 1280, 800)
        .isCentred()).isTrue();
    assertThat(new WindowState(1900, 100, 1280, 800, false, 0.2, 0.7).placedOn(List.of(LAPTOP), 1280, 800)
        .isCentred()).isTrue();
    assertThat(new WindowState(1700, 100, 1280, 800, false, 0.2, 0.7).placedOn(List.of(LAPTOP), 1280, 800)
        .x()).isEqualTo(1700);
  }

  @Test
  void aWindowLargerThanItsScreenShrinksOntoIt() {
    WindowState placed = new WindowState(200, 50, 2400, 1300, false, 0.2, 0.7).placedOn(List.of(LAPTOP), 1280, 800);
    assertThat(placed.width()).isEqualTo(1920);
    assertThat(placed.height()).isEqualTo(1050);
    assertThat(placed.x()).isZero();
    assertThat(placed.y()).isZero();
  }

  @Test
  void theFirstStartIsCentredAndFitsASmallScreen() {
    WindowState placed = WindowState.centred(1280, 800).placedOn(List.of(new Rectangle2D(0, 0, 1024, 700)), 1280, 800);
    assertThat(placed.isCentred()).isTrue();
    assertThat(placed.width()).isEqualTo(1024);
    assertThat(placed.height()).isEqualTo(700);
  }
}
