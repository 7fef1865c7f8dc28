package org.modelworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each OS gets its own per-user folders; nothing here touches the disk. */
class UserFoldersTest {
  private static final Path HOME = Path.of("/home/ana");

  @Test
  void linuxFollowsTheXdgVariables() {
    UserFolders folders = UserFolders.resolve("Linux", Map.of(
        "XDG_CACHE_HOME", "/x/cache", "XDG_STATE_HOME", "/x/state", "XDG_CONFIG_HOME", "/x/config"),
        HOME);
    assertThat(folders.engineCache()).isEqualTo(Path.of("/x/cache/modelworkbench/djl"));
    assertThat(folders.logFile()).isEqualTo(Path.of("/x/state/modelworkbench/logs/workbench.log"));
    assertThat(folders.settingsFile())
        .isEqualTo(Path.of("/x/config/modelworkbench/settings.properties"));
    assertThat(folders.projects()).isEqualTo(HOME.resolve("ModelWorkbench"));
  }

  @Test
  void linuxDefaultsWhenTheVariablesAreUnsetEmptyOrRelative() {
    UserFolders folders = UserFolders.resolve("Linux",
        Map.of("XDG_CACHE_HOME", "", "XDG_STATE_HOME", "relative/state"), HOME);
    assertThat(folders.cache()).isEqualTo(HOME.resolve(".cache/modelworkbench"));
    assertThat(folders.logs()).isEqualTo(HOME.resolve(".local/state/modelworkbench/logs"));
    assertThat(folders.config()).isEqualTo(HOME.resolve(".config/modelworkbench"));
    assertThat(folders.legacyEngineCache()).isEqualTo(HOME.resolve(".modelworkbench/cache/djl"));
  }

  @Test
  void windowsUsesLocalAndRoamingAppData() {
    Path home = Path.of("/Users/ana");
    UserFolders folders = UserFolders.resolve("Windows 11",
        Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local", "APPDATA", "/Users/ana/AppData/Roaming"),
        home);
    assertThat(folders.cache()).isEqualTo(Path.of("/Users/ana/AppData/Local/ModelWorkbench/Cache"));
    assertThat(folders.logs()).isEqualTo(Path.of("/Users/ana/AppData/Local/ModelWorkbench/Logs"));
    assertThat(folders.config()).isEqualTo(Path.of("/Users/ana/AppData/Roaming/ModelWorkbench"));
    assertThat(UserFolders.resolve("Windows 10", Map.of(), home).config())
        .isEqualTo(home.resolve("AppData/Roaming/ModelWorkbench"));
  }

  @Test
  void macUsesTheLibraryFolders() {
    UserFolders folders = UserFolders.resolve("Mac OS X", Map.of("XDG_CACHE_HOME", "/x"), HOME);
    assertThat(folders.cache()).isEqualTo(HOME.resolve("Library/Caches/ModelWorkbench"));
    assertThat(folders.logs()).isEqualTo(HOME.resolve("Library/Logs/ModelWorkbench"));
    assertThat(folders.config()).isEqualTo(HOME.resolve("Library/Application Support/ModelWorkbench"));
  }
}
