package org.modelworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.UserFolders;

/** A machine that ran an older version keeps its unpacked natives; a new one gets the new folder. */
class LegacyFoldersTest {
  @TempDir Path home;

  private UserFolders folders() {
    return UserFolders.resolve("Linux", Map.of(), home);
  }

  @Test
  void theOldCacheMovesToThePlatformCache() throws Exception {
    Path natives = folders().legacyEngineCache().resolve("pytorch/2.7.1-cpu/libtorch.so");
    Files.createDirectories(natives.getParent());
    Files.writeString(natives, "native");

    Path cache = LegacyFolders.engineCache(folders());

    assertThat(cache).isEqualTo(home.resolve(".cache/modelworkbench/djl"));
    assertThat(cache.resolve("pytorch/2.7.1-cpu/libtorch.so")).hasContent("native");
    assertThat(folders().legacyEngineCache()).doesNotExist();
  }

  @Test
  void aNewMachineGetsThePlatformCacheAndNothingIsCreated() {
    assertThat(LegacyFolders.engineCache(folders())).isEqualTo(folders().engineCache());
    assertThat(home.resolve(".cache")).doesNotExist();
    assertThat(home.resolve(".modelworkbench")).doesNotExist();
  }

  @Test
  void anExistingPlatformCacheWinsOverTheOldOne() throws Exception {
    Files.createDirectories(folders().engineCache());
    Files.createDirectories(folders().legacyEngineCache());
    assertThat(LegacyFolders.engineCache(folders())).isEqualTo(folders().engineCache());
    assertThat(folders().legacyEngineCache()).exists();
  }
}
