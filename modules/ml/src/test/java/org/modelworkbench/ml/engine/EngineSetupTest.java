package org.modelworkbench.ml.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.UserFolders;

/** The engine starts offline from the Maven natives, into the configured cache folder. */
class EngineSetupTest {

  @Test
  void startsOnceAndUnpacksIntoTheConfiguredCache() throws Exception {
    assertThat(EngineSetup.engine()).isSameAs(EngineSetup.engine(0));
    assertThat(EngineSetup.engine().getEngineName()).isEqualTo("PyTorch");

    // The build sets DJL_CACHE_DIR under target/; nothing may land in the user's home.
    Path cache = Path.of(System.getProperty("DJL_CACHE_DIR"));
    assertThat(cache.toString()).contains("target");
    try (var files = Files.list(cache.resolve("pytorch"))) {
      assertThat(files).isNotEmpty();
    }
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    assertThat(System.getProperty(EngineSetup.THREADS_KEY)).isEqualTo("1");
  }

  @Test
  void versionsNameTheEngineAndPlatform() {
    assertThat(EngineSetup.versions())
        .containsOnlyKeys("djl", "pytorch", "java", "os")
        .containsEntry("djl", "0.36.0")
        .containsEntry("pytorch", "2.7.1");
  }

  @Test
  void defaultCacheIsThePlatformsPerUserCache() {
    // Compared as paths, not real paths: the folder need not exist on a new machine. The build
    // clears the XDG variables and points user.home into target/, so this is under user.home.
    assertThat(EngineSetup.defaultCacheDir())
        .isEqualTo(UserFolders.forCurrentUser().engineCache())
        .startsWithRaw(Path.of(System.getProperty("user.home")))
        .endsWithRaw(Path.of("djl"));
  }
}
