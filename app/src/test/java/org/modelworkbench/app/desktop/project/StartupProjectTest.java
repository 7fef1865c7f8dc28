package org.modelworkbench.app.desktop.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which project opens first, and the recent list; never the user's own settings. */
class StartupProjectTest {
  @TempDir
  Path dir;

  @Test
  void firstStartOpensTheSampleProjectToBeFilled() {
    Path sample = dir.resolve("Sample project");
    assertThat(StartupProject.choose(Optional.empty(), new InMemoryRecentProjects(), sample))
        .isEqualTo(new StartupProject(sample, true));
  }

  @Test
  void laterStartsOpenTheLastProjectWhileItsFolderExists() throws IOException {
    InMemoryRecentProjects recent = new InMemoryRecentProjects();
    Path loans = Files.createDirectory(dir.resolve("loans"));
    recent.remember(loans);
    Path sample = dir.resolve("Sample project");
    assertThat(StartupProject.choose(Optional.empty(), recent, sample)).isEqualTo(new StartupProject(loans, false));
    Files.delete(loans);
    assertThat(StartupProject.choose(Optional.empty(), recent, sample).sample()).isTrue();
  }

  @Test
  void theCommandLineWins() {
    InMemoryRecentProjects recent = new InMemoryRecentProjects();
    recent.remember(dir);
    Path named = dir.resolve("named");
    assertThat(StartupProject.choose(Optional.of(named), recent, dir.resolve("s")))
        .isEqualTo(new StartupProject(named, false));
  }

  @Test
  void recentProjectsPutTheLatestFirstWithoutDuplicatesUpToTheLimit() {
    InMemoryRecentProjects recent = new InMemoryRecentProjects();
    for (int i = 0; i < 12; i++) {
      recent.remember(dir.resolve("p" + i));
    }
    recent.remember(dir.resolve("p5"));
    assertThat(recent.list()).hasSize(RecentProjects.LIMIT);
    assertThat(recent.list().get(0)).isEqualTo(dir.resolve("p5"));
    assertThat(recent.list()).doesNotHaveDuplicates();
    recent.forget(dir.resolve("p5"));
    assertThat(recent.last()).contains(dir.resolve("p11"));
  }
}
