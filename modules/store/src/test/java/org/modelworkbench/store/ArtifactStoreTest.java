package org.modelworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.WorkbenchException;

class ArtifactStoreTest {
  @TempDir Path dir;

  @Test
  void foldersAreMadeUnderTheArtifactsRoot() {
    ArtifactStore store = new ArtifactStore(dir);

    assertThat(store.root()).isEqualTo(dir.resolve("artifacts")).isDirectory();
    assertThat(store.runDirectory(7)).isEqualTo(dir.resolve("artifacts/runs/7")).isDirectory();
    assertThat(store.reportsDirectory()).isEqualTo(dir.resolve("artifacts/reports")).isDirectory();
  }

  @Test
  void relativeAndAbsolutePathsConvertBothWays() {
    ArtifactStore store = new ArtifactStore(dir);
    Path model = store.runDirectory(3).resolve("model").resolve("weights.pt");

    String relative = store.relativize(model);

    assertThat(relative).isEqualTo("runs/3/model/weights.pt");
    assertThat(store.resolve(relative)).isEqualTo(model);
    assertThat(store.resolve("runs/3/../3/model")).isEqualTo(model.getParent());
  }

  @Test
  void pathsOutsideTheRootAreRefused() throws Exception {
    ArtifactStore store = new ArtifactStore(dir);
    Files.createSymbolicLink(store.root().resolve("link"), dir);

    assertThatThrownBy(() -> store.resolve("../workbench.mv.db")).isInstanceOf(WorkbenchException.class)
        .hasMessage("The artifact path '../workbench.mv.db' leads outside the project's artifacts folder.");
    assertThatThrownBy(() -> store.resolve(dir.resolve("x").toString())).isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> store.resolve("runs/../../x")).isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> store.resolve("link")).isInstanceOf(WorkbenchException.class);
    assertThatThrownBy(() -> store.relativize(dir.resolve("elsewhere.txt"))).isInstanceOf(WorkbenchException.class);
  }
}
