package org.modelworkbench.app.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.project.FileRecentProjects;

/** Settings survive a restart, and a missing or damaged file starts with defaults. */
class SettingsFileTest {
  @TempDir Path dir;

  @Test
  void valuesSurviveARestartAndTheFolderIsMadeOnSave() {
    Path file = dir.resolve("config/modelworkbench/settings.properties");
    SettingsFile first = new SettingsFile(file);
    assertThat(first.existed()).isFalse();
    first.put("window.width", "1280");
    first.put("gone", "x");
    first.put("gone", null);
    first.save();

    SettingsFile again = new SettingsFile(file);
    assertThat(again.existed()).isTrue();
    assertThat(again.get("window.width")).contains("1280");
    assertThat(again.get("gone")).isEmpty();
    assertThat(file.resolveSibling("settings.properties.tmp")).doesNotExist();
  }

  @Test
  void aDamagedFileReadsAsDefaults() throws Exception {
    Path file = dir.resolve("settings.properties");
    Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});
    assertThat(new SettingsFile(file).get("a")).isEmpty();
  }

  @Test
  void recentProjectsAreKeptInTheFile() {
    Path file = dir.resolve("settings.properties");
    FileRecentProjects recent = new FileRecentProjects(new SettingsFile(file));
    recent.remember(dir.resolve("a"));
    recent.remember(dir.resolve("b"));
    recent.remember(dir.resolve("a"));
    FileRecentProjects reread = new FileRecentProjects(new SettingsFile(file));
    assertThat(reread.list()).containsExactly(dir.resolve("a"), dir.resolve("b"));
    reread.forget(dir.resolve("a"));
    assertThat(new FileRecentProjects(new SettingsFile(file)).list()).isEqualTo(List.of(dir.resolve("b")));
  }
}
