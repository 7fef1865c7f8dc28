package org.modelworkbench.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write through {@link AtomicFiles} leaves the whole new file or the old one, never a part. */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheTargetWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("a.txt"), "old");
    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(dir.toFile().list()).containsExactly("a.txt");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("a.txt"), "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new CancellationException("Cancelled by the user");
    })).isInstanceOf(CancellationException.class);
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(dir.toFile().list()).containsExactly("a.txt");
  }
}
