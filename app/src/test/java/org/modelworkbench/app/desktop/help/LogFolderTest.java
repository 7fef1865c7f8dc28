package org.modelworkbench.app.desktop.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.app.desktop.jobs.DirectJobRunner;

/** Help ▸ Open log folder makes the folder and opens it, or says where it is. */
class LogFolderTest {
  @TempDir
  Path dir;

  @Test
  void aMissingFolderIsMadeAndOpened() {
    Path logs = dir.resolve("state").resolve("logs");
    List<Path> opened = new ArrayList<>();
    List<String> failures = new ArrayList<>();

    new LogFolder(DirectJobRunner.create(), logs, opened::add).open(failures::add);

    assertThat(logs).isDirectory();
    assertThat(opened).containsExactly(logs);
    assertThat(failures).isEmpty();
  }

  @Test
  void whenNoFileManagerOpensItTheSentenceNamesTheFolder() {
    Path logs = dir.resolve("logs");
    List<String> failures = new ArrayList<>();

    new LogFolder(DirectJobRunner.create(), logs, folder -> {
      throw new IOException("xdg-open found no program to open folders (exit code 3)");
    }).open(failures::add);

    assertThat(failures).containsExactly("The log folder could not be opened (xdg-open found no program to open "
        + "folders (exit code 3)). It is " + logs + "; open it in your file manager.");
  }

  @Test
  void aFolderThatCannotBeMadeIsSaidSo() throws IOException {
    Path blocked = Files.writeString(dir.resolve("file"), "not a folder");
    List<String> failures = new ArrayList<>();

    new LogFolder(DirectJobRunner.create(), blocked.resolve("logs"), folder -> { }).open(failures::add);

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).startsWith("The log folder could not be made (").contains(blocked.resolve("logs")
        .toString());
  }
}
