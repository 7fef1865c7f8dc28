package org.modelworkbench.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoint folders kept by epoch, and folders written whole or not at all. */
class EpochFoldersTest {
  @TempDir Path dir;

  @Test
  void retainOnlyKeepsTheNamedEpochsAndLeavesOtherFilesAlone() throws Exception {
    for (int epoch = 1; epoch <= 5; epoch++) {
      Files.createDirectories(EpochFolders.of(dir, epoch)).resolve("marker").toFile().createNewFile();
    }
    Files.writeString(dir.resolve("notes.txt"), "not a checkpoint");

    EpochFolders.retainOnly(dir, Set.of(2, 4, 5));

    assertThat(names(dir)).containsExactly("epoch-2", "epoch-4", "epoch-5", "notes.txt");
    assertThat(EpochFolders.latest(dir, "marker")).contains(EpochFolders.of(dir, 5));
  }

  @Test
  void aFolderIsWrittenBesideItsTargetAndMovedIntoPlaceWhole() throws Exception {
    Path target = dir.resolve("epoch-3");
    Files.createDirectories(target);
    Files.writeString(target.resolve("old.txt"), "old");

    AtomicFiles.writeFolder(target, folder -> {
      assertThat(target.resolve("old.txt")).exists(); // the old one stays until the new is done
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("new.txt"), "new");
    });

    assertThat(names(target)).containsExactly("new.txt");
    assertThat(names(dir)).containsExactly("epoch-3");
  }

  @Test
  void aFailedFolderWriteLeavesNoFolderUnderTheTargetName() {
    Path target = dir.resolve("epoch-1");

    assertThatThrownBy(() -> AtomicFiles.writeFolder(target, folder -> {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("half.txt"), "half");
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(target).doesNotExist();
    assertThat(EpochFolders.latest(dir, "half.txt")).isEmpty();
  }

  private static java.util.List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
